// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/attachmentstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace tz {
namespace {

const QLatin1String kPrefix("sha256:");

Error ioError(const QString &message)
{
    return {ErrorKind::Io, message, QStringLiteral("file")};
}

} // namespace

AttachmentStore::AttachmentStore(const QString &ledgerPath)
    : m_folder(ledgerPath + QStringLiteral(".files"))
{
}

Result<CaseAttachment> AttachmentStore::add(const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    if (!info.isFile())
        return ioError(QCoreApplication::translate("tz::Attachments", "%1 is not a file.").arg(sourcePath));
    if (info.size() > kMaxBytes)
        return ioError(QCoreApplication::translate("tz::Attachments",
            "%1 is larger than 25 MB: scan it at a lower resolution or attach fewer pages.")
                           .arg(info.fileName()));
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return ioError(QCoreApplication::translate("tz::Attachments", "Cannot read %1: %2")
                           .arg(info.fileName(), source.errorString()));
    if (!QDir().mkpath(m_folder))
        return ioError(
            QCoreApplication::translate("tz::Attachments", "Cannot create the folder %1.").arg(m_folder));
    // Copied under a temporary name while hashing, then renamed to its hash.
    // QSaveFile writes a temporary file of its own and renames it to this name on commit; the
    // name is unique to this copy, so two windows on one ledger never mix their bytes.
    const QString incoming
        = QDir(m_folder).filePath(QStringLiteral("incoming-%1.tmp")
                                      .arg(QCoreApplication::applicationPid())
                                      .append(QString::number(QDateTime::currentMSecsSinceEpoch())));
    QSaveFile copy(incoming);
    if (!copy.open(QIODevice::WriteOnly))
        return ioError(QCoreApplication::translate("tz::Attachments", "Cannot write into %1: %2")
                           .arg(m_folder, copy.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    qint64 copied = 0;
    while (!(chunk = source.read(1 << 16)).isEmpty()) {
        copied += chunk.size();
        hash.addData(chunk);
        if (copy.write(chunk) != chunk.size()) {
            copy.cancelWriting();
            return ioError(QCoreApplication::translate("tz::Attachments", "Cannot write into %1: %2")
                               .arg(m_folder, copy.errorString()));
        }
    }
    if (source.error() != QFileDevice::NoError || copied != info.size()) {
        // A read that stopped early (a pulled USB stick): nothing half-read is attached.
        copy.cancelWriting();
        return ioError(QCoreApplication::translate("tz::Attachments", "Cannot read %1: %2")
                           .arg(info.fileName(), source.errorString()));
    }
    if (!copy.commit())
        return ioError(QCoreApplication::translate("tz::Attachments", "Cannot write into %1: %2")
                           .arg(m_folder, copy.errorString()));
    const QString hex = QString::fromLatin1(hash.result().toHex());
    const QString target = QDir(m_folder).filePath(hex);
    if (QFile::exists(target))
        QFile::remove(incoming); // already held: the same bytes
    else if (!QFile::rename(incoming, target))
        return ioError(QCoreApplication::translate("tz::Attachments", "Cannot write into %1.").arg(m_folder));
    return CaseAttachment {kPrefix + hex, info.fileName().left(200)};
}

QString AttachmentStore::pathOf(const QString &ref) const
{
    static const QRegularExpression shape(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    if (!shape.match(ref).hasMatch())
        return {};
    const QString path = QDir(m_folder).filePath(ref.mid(kPrefix.size()));
    return QFile::exists(path) ? path : QString();
}

} // namespace tz
