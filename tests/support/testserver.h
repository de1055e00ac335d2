// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The real taizhang-server binary on 127.0.0.1, on a fresh store in a temporary folder.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace tz::test {

class PgCluster;

class TestServer
{
public:
    enum class Store { Sqlite, Postgres };
    // Starts the server on a fresh store (a SQLite file in a temporary folder, or a throwaway
    // PostgreSQL cluster), on a free port; throws when it cannot.
    // `options` go to the server's command line (e.g. --token-seconds 2).
    explicit TestServer(Store kind = Store::Sqlite, const QStringList &options = {});
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString store() const { return m_store; }
    [[nodiscard]] qint64 processId() const { return m_process.processId(); }
    // How many events of this device the server stores (taizhang-server admin devices).
    [[nodiscard]] qint64 eventsOf(const QString &deviceId) const;
    // A one-time enrollment code for a device bound to `unitCode` (taizhang-server admin enroll).
    [[nodiscard]] QString enrollmentCode(const QString &unitCode) const;
    // Runs `taizhang-server admin ARGS --db STORE`; its standard output, or throws.
    [[nodiscard]] QString admin(const QStringList &arguments) const;
    // What the server has written to its standard output since it started (one line per request),
    // after waiting briefly for lines still on their way.
    [[nodiscard]] QString log();
    // kill -9 and start again on the same store and port.
    void restart();
    // kill -9, and no server any more.
    void stop();

private:
    void start(quint16 port);

    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_postgres;
    QString m_store;
    QStringList m_options;
    QProcess m_process;
    QUrl m_url;
    QByteArray m_log;
};

} // namespace tz::test
