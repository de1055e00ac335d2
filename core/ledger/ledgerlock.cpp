// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/ledgerlock.h"

#include "core/common/businesstime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tz {
namespace {

// At most this much of a lock file is read back: it is a short line we wrote ourselves, but a
// file in a shared folder is not to be trusted.
constexpr qsizetype kMaxOwnerText = 512;

QString userName()
{
    if (const struct passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::geteuid());
}

QString hostName()
{
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0)
        return {};
    return QString::fromLocal8Bit(name);
}

QByteArray ownerLine()
{
    const QString program = QCoreApplication::instance()
        ? QFileInfo(QCoreApplication::applicationFilePath()).fileName()
        : QStringLiteral("taizhang");
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
        .arg(program, QString::number(QCoreApplication::applicationPid()), userName(), hostName(),
            businesstime::displayOf(QDateTime::currentMSecsSinceEpoch())) // China time, as the app shows
        .toUtf8();
}

// Who holds the lock, from what the holder wrote ("" when unreadable).
QString ownerOf(int fd)
{
    QByteArray text(kMaxOwnerText, Qt::Uninitialized);
    const ssize_t read = ::pread(fd, text.data(), text.size(), 0);
    if (read <= 0)
        return {};
    text.truncate(read);
    const QStringList fields
        = QString::fromUtf8(text).section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t'));
    if (fields.size() < 5)
        return {};
    const auto clean = [](const QString &field) { return field.left(64).simplified(); };
    //: %1 a program's name, %2 its process number, %3 a user's login, %4 a computer's name,
    //: %5 the date and time it opened the ledger.
    return QCoreApplication::translate("tz::Ledger", "%1 (process %2 of user %3 on %4, since %5)")
        .arg(clean(fields.at(0)), clean(fields.at(1)), clean(fields.at(2)), clean(fields.at(3)),
            clean(fields.at(4)));
}

bool lock(int fd)
{
    struct flock whole = {};
    whole.l_type = F_WRLCK;
    whole.l_whence = SEEK_SET; // start 0, length 0: the whole file, however long
    return ::fcntl(fd, F_OFD_SETLK, &whole) == 0;
}

} // namespace

QString LedgerLock::lockPathOf(const QString &ledgerPath)
{
    return ledgerPath + QStringLiteral(".lock");
}

Result<std::unique_ptr<LedgerLock>> LedgerLock::take(const QString &ledgerPath)
{
    const QString lockPath = lockPathOf(ledgerPath);
    const int fd
        = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        const int error = errno;
        return Error {ErrorKind::Io,
            QCoreApplication::translate("tz::Ledger", "Cannot open %1 to claim the ledger: %2")
                .arg(QDir::toNativeSeparators(lockPath), QString::fromLocal8Bit(::strerror(error))),
            {}};
    }
    if (!lock(fd)) {
        const int error = errno;
        const QString owner = ownerOf(fd);
        ::close(fd);
        if (error != EAGAIN && error != EACCES)
            return Error {ErrorKind::Io,
                QCoreApplication::translate("tz::Ledger", "Cannot lock %1: %2")
                    .arg(QDir::toNativeSeparators(lockPath), QString::fromLocal8Bit(::strerror(error))),
                {}};
        return Error::conflict(
            QCoreApplication::translate("tz::Ledger",
                "The ledger %1 is in use by %2. Close it there first, or wait until it is done; "
                "nothing was changed here.")
                .arg(QDir::toNativeSeparators(ledgerPath),
                    owner.isEmpty() ? QCoreApplication::translate("tz::Ledger", "another program") : owner));
    }
    // Who holds it, for the message another program shows; failing to say so is no reason to
    // refuse the ledger.
    const QByteArray line = ownerLine();
    if (::ftruncate(fd, 0) == 0) [[maybe_unused]]
        const ssize_t written = ::pwrite(fd, line.constData(), line.size(), 0);
    return std::unique_ptr<LedgerLock>(new LedgerLock(fd));
}

LedgerLock::LedgerLock(int fd)
    : m_fd(fd)
{
}

LedgerLock::~LedgerLock()
{
    ::close(m_fd); // the lock ends with the last descriptor of its open file description
}

} // namespace tz
