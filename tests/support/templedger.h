// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// A fresh ledger in a temporary folder, with a small real org tree, the holiday calendar and
// the default catalog, and a clock the test moves.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/casetypes.h"
#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace tz::test {

// A small tree cut from the real 河池 file: 河池市 / 金城江区 / 五圩镇 and 东江镇 / two villages each,
// plus 宜州区 / 庆远镇 / one village (another county, for scope tests).
QByteArray smallDivisionsCsv();
QString sourcePath(const QString &relative);

class TempLedger
{
public:
    enum class Data { None, Reference };
    explicit TempLedger(Data data = Data::Reference, const QString &name = QStringLiteral("test.taizhang"));
    ~TempLedger();

    Workspace &ws() { return *m_workspace; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    Actor admin() { return m_workspace->ledgerAdmin(); }

    // A user with this role at this unit (password "password-1"); created once per login.
    Actor user(Role role, const QString &orgCode, const QString &login, const QString &departmentId = {});

    // Moves the clock the ledger and the services record facts at (China time).
    void setNow(const QDateTime &chinaTime);
    void setNow(const QString &isoChinaTime);
    [[nodiscard]] qint64 nowMs() const { return m_now; }

    // Closes and reopens the ledger file (as a restart would).
    void reopen();
    // Closes it, so another process may be its only writer; reopen() opens it again.
    void close() { m_workspace.reset(); }

private:
    void wireClock();
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_now = 0;
};

// A case the ledger's administrator registers at `org`; returns its number.
QString registerAt(
    TempLedger &t, const QString &org, Handling handling, const QString &title = QStringLiteral("村道破损"));
// The case dispatched to `org`, accepted and resolved there by the administrator.
void resolveAt(TempLedger &t, const QString &number, const QString &org);

} // namespace tz::test
