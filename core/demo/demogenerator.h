// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/common/error.h"

#include <QMap>
#include <QString>

#include <functional>

namespace tz {

class Workspace;

struct DemoOptions
{
    int cases = 2000;
    quint32 seed = 20260109;
    qint64 endMs = 0; // "now" of the demo; 0 = the wall clock
    std::function<void(int done, int total)> progress;
};

struct DemoReport
{
    int cases = 0;
    int residents = 0;
    qint64 events = 0;
    int refused = 0; // steps the services refused (should be 0; reported, never hidden)
    QStringList refusals; // the first few refusals, for diagnosis
    QMap<QString, QString> passwords; // demo login -> password
};

// Fills a ledger with a realistic demo: the 河池 division tree, the holiday calendar, the default
// catalog, departments and users per role in 金城江区, residents with valid ID numbers, and
// cases in every state and class over the two years before `endMs`, each step taken through
// the same services a clerk uses, so every rule is checked.
class DemoGenerator
{
public:
    DemoGenerator(Workspace &workspace, DemoOptions options);
    [[nodiscard]] Result<DemoReport> run(const Actor &admin);

    // The password every demo account shares; the login screen of a demo ledger shows it.
    static QString demoPassword();

private:
    Workspace &m_workspace;
    DemoOptions m_options;
};

} // namespace tz
