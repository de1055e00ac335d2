// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/pgcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#include <stdexcept>

#include <unistd.h>

namespace tz::test {
namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("no free port for PostgreSQL");
    return probe.serverPort();
}

} // namespace

bool PgCluster::available()
{
    return QFileInfo::exists(kBin + QStringLiteral("initdb"));
}

int PgCluster::run(const QStringList &command) const
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/")); // runuser keeps the folder it is started in
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (geteuid() == 0) {
        arguments
            = QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
            + arguments;
        program = QStringLiteral("runuser");
    }
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (process.exitCode() != 0)
        qWarning("%s: %s", qPrintable(command.first()), process.readAllStandardError().constData());
    return process.exitCode();
}

PgCluster::PgCluster()
{
    if (!available())
        throw std::runtime_error("PostgreSQL 15 is not installed (apt-get install postgresql)");
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder for PostgreSQL");
    m_data = m_dir.filePath(QStringLiteral("data"));
    if (geteuid() == 0) {
        // The cluster's files belong to postgres, who must also reach the folder.
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
        QFile::setPermissions(
            m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther);
    }
    if (run({kBin + QStringLiteral("initdb"), QStringLiteral("-D"), m_data, QStringLiteral("-A"),
            QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("tz"), QStringLiteral("--no-sync")})
        != 0)
        throw std::runtime_error("initdb failed");
    m_port = freePort();
    const QString options = QStringLiteral("-k %1 -c listen_addresses=127.0.0.1 -p %2 -c fsync=off")
                                .arg(m_dir.path())
                                .arg(m_port);
    if (run({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-o"), options,
            QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"),
            QStringLiteral("start")})
        != 0)
        throw std::runtime_error("pg_ctl start failed");
}

PgCluster::~PgCluster()
{
    run({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-m"),
        QStringLiteral("immediate"), QStringLiteral("stop")});
}

QString PgCluster::spec() const
{
    return QStringLiteral("postgresql://tz@127.0.0.1:%1/postgres").arg(m_port);
}

} // namespace tz::test
