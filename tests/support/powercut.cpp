// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/powercut.h"

#include "core/ledger/sqldatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>

#include <fcntl.h>
#include <unistd.h>

namespace tz::test {

int peekWithPlainSqlite(const QString &ledgerPath)
{
    QProcess peek;
    peek.start(QStringLiteral(TZ_PEEK_PATH), {ledgerPath});
    if (!peek.waitForStarted(10000) || !peek.waitForFinished(30000))
        return -1;
    return peek.exitStatus() == QProcess::NormalExit ? peek.exitCode() : -1;
}

void touchLedgerFiles(const QString &ledgerPath)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray name = QFile::encodeName(ledgerPath + suffix);
        const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            ::close(fd);
    }
    {
        QFile file(ledgerPath);
        if (file.open(QIODevice::ReadOnly))
            file.read(4096);
    }
    QMimeDatabase().mimeTypeForFile(ledgerPath, QMimeDatabase::MatchContent);
    QFile whole(ledgerPath);
    if (whole.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&whole);
    }
}

QStringList caseNumbersAfterPowerCut(const QString &ledgerPath, const QString &intoDir)
{
    const QString copy = QDir(intoDir).filePath(QStringLiteral("after-power-cut.taizhang"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(copy + suffix);
        if (QFile::exists(ledgerPath + suffix))
            QFile::copy(ledgerPath + suffix, copy + suffix);
    }
    SqlDatabase db(copy, SqlDatabase::Mode::ReadWrite);
    QStringList numbers;
    SqlStatement rows = db.prepare("SELECT number FROM cases ORDER BY number");
    while (rows.next())
        numbers.append(rows.text(0));
    return numbers;
}

} // namespace tz::test
