// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/testserver.h"

#include "support/pgcluster.h"

#include <QRegularExpression>

#include <stdexcept>

namespace tz::test {

TestServer::TestServer(Store kind, const QStringList &options)
    : m_options(options)
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary directory for the server");
    if (kind == Store::Postgres) {
        m_postgres = std::make_unique<PgCluster>();
        m_store = m_postgres->spec();
    } else {
        m_store = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    }
    start(0);
}

TestServer::~TestServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

qint64 TestServer::eventsOf(const QString &deviceId) const
{
    for (const QString &line : admin({QStringLiteral("devices")}).split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() >= 3 && fields.at(0) == deviceId)
            return fields.at(2).toLongLong();
    }
    return -1;
}

void TestServer::start(quint16 port)
{
    m_process.setProgram(QStringLiteral(TZ_SERVER_PATH));
    m_process.setArguments(QStringList {QStringLiteral("--db"), m_store, QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(port)}
        + m_options);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        throw std::runtime_error("taizhang-server did not start");
    // The first line says where it listens.
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process.waitForReadyRead(10000))
            throw std::runtime_error(
                ("taizhang-server said nothing: " + m_process.readAllStandardError()).toStdString());
        line += m_process.readLine();
    }
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("listening on (http://[0-9.]+:[0-9]+)"))
              .match(QString::fromUtf8(line));
    if (!match.hasMatch())
        throw std::runtime_error(("unexpected first line: " + line).toStdString());
    m_url = QUrl(match.captured(1));
}

void TestServer::stop()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

void TestServer::restart()
{
    const quint16 port = static_cast<quint16>(m_url.port());
    m_process.kill();
    m_process.waitForFinished(5000);
    start(port);
}

QString TestServer::admin(const QStringList &arguments) const
{
    QProcess admin;
    admin.start(QStringLiteral(TZ_SERVER_PATH),
        QStringList {QStringLiteral("admin")} + arguments + QStringList {QStringLiteral("--db"), m_store});
    if (!admin.waitForFinished(10000) || admin.exitCode() != 0)
        throw std::runtime_error(
            ("taizhang-server admin failed: " + admin.readAllStandardError()).toStdString());
    return QString::fromUtf8(admin.readAllStandardOutput()).trimmed();
}

QString TestServer::log()
{
    while (m_process.waitForReadyRead(300))
        m_log += m_process.readAllStandardOutput();
    m_log += m_process.readAllStandardOutput();
    return QString::fromUtf8(m_log);
}

QString TestServer::enrollmentCode(const QString &unitCode) const
{
    return admin({QStringLiteral("enroll"), QStringLiteral("--unit"), unitCode});
}

} // namespace tz::test
