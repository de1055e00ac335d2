// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/sync/filesync.h"

#include "core/cases/attachmentstore.h"
#include "core/cases/casetypes.h"
#include "core/ledger/sqldatabase.h"
#include "core/sync/replylimits.h"
#include "core/sync/syncclient.h"
#include "core/sync/wire.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace tz {
namespace {

// The hex hash of an attachment reference, or nothing for another kind of reference.
QString hexOf(const QString &ref)
{
    static const QRegularExpression shape(QStringLiteral("^sha256:([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = shape.match(ref);
    return match.hasMatch() ? match.captured(1) : QString();
}

Error ioError(const QString &message)
{
    return {ErrorKind::Io, message, {}};
}

} // namespace

FileSync::FileSync(const QString &ledgerPath, const QUrl &server, const QString &accessToken, int timeoutMs)
    : m_folder(AttachmentStore(ledgerPath).folder())
    , m_server(server)
    , m_access(accessToken)
    , m_timeoutMs(timeoutMs)
{
}

QString FileSync::sentMark(const QString &hex) const
{
    return QDir(m_folder).filePath(QStringLiteral("sent/") + hex);
}

Result<QCborMap> FileSync::post(const QString &path, const QCborMap &body)
{
    QNetworkRequest request = SyncClient::requestTo(m_server, path, m_timeoutMs);
    request.setRawHeader(
        QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_access.toLatin1());
    const QByteArray bytes = body.toCborValue().toCbor();
    QNetworkAccessManager network;
    QEventLoop loop;
    std::unique_ptr<QNetworkReply> reply(network.post(request, bytes));
    replylimits::guard(reply.get(), wire::kFileAnswer + wire::kMaxBody);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    ++m_report.requests;
    m_report.bytesSent += bytes.size();
    m_report.bytesReceived += answer.size();
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (replylimits::abandoned(reply.get()))
        return Error {ErrorKind::Io, replylimits::errorText(reply.get()), {}};
    if (m_lastStatus != 200)
        return SyncClient::errorFor(m_lastStatus, answer, replylimits::errorText(reply.get()), request.url());
    std::optional<QCborMap> map = wire::parseMap(answer);
    if (!map)
        return Error::invalid(tr("The server's answer about a file is malformed."));
    return *map;
}

Status FileSync::send(const QString &hex, const Progress &progress)
{
    QFile file(QDir(m_folder).filePath(hex));
    if (!file.open(QIODevice::ReadOnly))
        return ioError(tr("Cannot read the attachment %1: %2").arg(hex.left(12), file.errorString()));
    const qint64 size = file.size();
    qint64 offset = 0;
    QByteArray piece; // empty at first: where does the server stand?
    while (true) {
        QCborMap request;
        request.insert(wire::FileHash, hex);
        request.insert(wire::Size, size);
        request.insert(wire::Offset, offset);
        request.insert(wire::Data, piece);
        Result<QCborMap> answer = post(QStringLiteral("v1/file/put"), request);
        if (!answer)
            return answer.error();
        if (answer->value(wire::Complete).toBool())
            break;
        const qint64 held = answer->value(wire::Offset).toInteger(-1);
        if (held < 0 || held >= size)
            return Error::invalid(tr("The server's answer about a file is malformed."));
        if (progress && !progress(held, size))
            return Error {ErrorKind::Cancelled, tr("Stopped; what was sent is kept on the server."), {}};
        offset = held;
        if (!file.seek(offset))
            return ioError(file.errorString());
        piece = file.read(wire::kFilePiece);
        if (piece.isEmpty())
            return ioError(tr("Cannot read the attachment %1: %2").arg(hex.left(12), file.errorString()));
    }
    QDir().mkpath(QDir(m_folder).filePath(QStringLiteral("sent")));
    QFile mark(sentMark(hex));
    if (!mark.open(QIODevice::WriteOnly))
        return ioError(mark.errorString());
    ++m_report.sent;
    return {};
}

Result<qint64> FileSync::download(const QString &hex, const Progress &progress)
{
    if (!QDir().mkpath(m_folder))
        return ioError(tr("Cannot create the folder %1.").arg(m_folder));
    const QString target = QDir(m_folder).filePath(hex);
    // The background round and someone opening the file may want it at once: one at a time, and
    // the second finds it there.
    QLockFile lock(target + QStringLiteral(".lock"));
    if (!lock.tryLock(120000))
        return ioError(tr("Another transfer of this attachment is still going on; try again shortly."));
    if (QFile::exists(target))
        return QFileInfo(target).size();
    QFile part(target + QStringLiteral(".part"));
    if (!part.open(QIODevice::ReadWrite | QIODevice::Append))
        return ioError(tr("Cannot write into %1: %2").arg(m_folder, part.errorString()));
    qint64 size = -1;
    while (size < 0 || part.size() < size) {
        QCborMap request;
        request.insert(wire::FileHash, hex);
        request.insert(wire::Offset, part.size());
        Result<QCborMap> answer = post(QStringLiteral("v1/file/get"), request);
        if (!answer)
            return answer.error();
        size = answer->value(wire::Size).toInteger(-1);
        const QByteArray data = answer->value(wire::Data).toByteArray();
        if (size < 0 || size > AttachmentStore::kMaxBytes
            || answer->value(wire::Offset).toInteger() != part.size() || part.size() + data.size() > size
            || (data.isEmpty() && part.size() < size))
            return Error::invalid(tr("The server's answer about a file is malformed."));
        if (part.write(data) != data.size() || !part.flush())
            return ioError(tr("Cannot write into %1: %2").arg(m_folder, part.errorString()));
        if (progress && !progress(part.size(), size))
            return Error {ErrorKind::Cancelled, tr("Stopped; what arrived is kept for the next try."), {}};
    }
    // Whole: it must be the bytes its name promises, or it starts over next time.
    part.seek(0);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(&part);
    part.close();
    if (QString::fromLatin1(sha.result().toHex()) != hex) {
        part.remove();
        return Error {ErrorKind::Corrupt, tr("An attachment arrived damaged; it will be fetched again."), {}};
    }
    QFile::remove(target);
    if (!part.rename(target))
        return ioError(tr("Cannot write into %1: %2").arg(m_folder, part.errorString()));
    QDir().mkpath(QDir(m_folder).filePath(QStringLiteral("sent")));
    QFile(sentMark(hex)).open(QIODevice::WriteOnly); // the server has it: nothing to send back
    ++m_report.fetched;
    return size;
}

Result<FileSyncReport> FileSync::sendWaiting(const Progress &progress)
{
    m_report = {};
    // The files held here and not marked as on the server are the ones added here (a fetched
    // file is marked when it arrives), whether or not a case shown here still refers to them: a
    // scan attached just before the case was returned must still go up.
    const QStringList names = QDir(m_folder).entryList(QDir::Files);
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QString &hex : names) {
        if (!shape.match(hex).hasMatch() || QFile::exists(sentMark(hex)))
            continue;
        if (Status sent = send(hex, progress); !sent && !skippable(sent.error()))
            return sent.error();
    }
    return m_report;
}

bool FileSync::skippable(const Error &error) const
{
    // One file refused (no case of this unit refers to it, or its bytes are wrong) must not
    // hold up the others; a cut link, an ended token or a full disk stops the round.
    return m_lastStatus == 403 || m_lastStatus == 404 || m_lastStatus == 400
        || error.kind == ErrorKind::Corrupt;
}

Result<FileSyncReport> FileSync::fetchForOpenCases(SqlDatabase &db, qint64 maxBytes, const Progress &progress)
{
    m_report = {};
    try {
        static const QByteArray sql
            = QStringLiteral("SELECT DISTINCT a.ref FROM case_attachments a JOIN cases c ON c.id = "
                             "tz_key(a.case_id) WHERE c.state IN (%1)")
                  .arg(casestate::openStatesSql())
                  .toUtf8();
        const QList<QString> refs
            = db.cached("FileSync::fetchForOpenCases", sql.constData()).all([](const SqlStatement &row) {
                  return row.text(0);
              });
        qint64 taken = 0;
        for (const QString &ref : refs) {
            const QString hex = hexOf(ref);
            if (hex.isEmpty() || QFile::exists(QDir(m_folder).filePath(hex)))
                continue;
            if (taken >= maxBytes)
                break;
            Result<qint64> size = download(hex, progress);
            if (!size && skippable(size.error()))
                continue; // not sent yet by its computer, or refused: the others go on
            if (!size)
                return size.error();
            taken += *size;
        }
        return m_report;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<QString> FileSync::fetch(const QString &ref, const Progress &progress)
{
    const QString hex = hexOf(ref);
    if (hex.isEmpty())
        return Error::invalid(tr("This attachment was recorded before files were kept by their hash."));
    const QString path = QDir(m_folder).filePath(hex);
    if (QFile::exists(path))
        return path;
    Result<qint64> size = download(hex, progress);
    if (!size && m_lastStatus == 401) // the access token ended (it lasts an hour): a sync renews it
        return Error::forbidden(
            tr("The connection to the server has expired: sync, then open the file again."));
    if (!size)
        return size.error();
    return path;
}

} // namespace tz
