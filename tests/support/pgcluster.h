// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// A throwaway PostgreSQL 15 cluster in a temporary folder on 127.0.0.1 and a free port, started
// for a test and stopped (immediately) after it. As root it runs as the postgres user.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tz::test {

class PgCluster
{
public:
    PgCluster(); // throws when PostgreSQL cannot be started
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // postgresql://tz@127.0.0.1:PORT/postgres
    [[nodiscard]] QString spec() const;
    // True when the PostgreSQL programs are installed here.
    static bool available();

private:
    int run(const QStringList &command) const;

    QTemporaryDir m_dir;
    QString m_data;
    quint16 m_port = 0;
};

} // namespace tz::test
