// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "cliargs.h"
#include "core/auth/actor.h"
#include "core/common/error.h"
#include "core/io/rowerror.h"

#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace tz {
class Workspace;
struct CaseRecord;
} // namespace tz

namespace tz::cli {

// taizhang-cli: every command over the same core services the desktop uses.
class Cli
{
public:
    Cli();
    ~Cli();
    int run(const QStringList &arguments);

private:
    // Commands (cli.cpp).
    int init(const Args &args);
    int importDivisions(const Args &args);
    int importHolidays(const Args &args);
    int importCatalog(const Args &args);
    int exportCatalog(const Args &args);
    int verify(const Args &args);
    int search(const Args &args);
    int checkId(const Args &args);
    int demo(const Args &args);
    int userAdd(const Args &args);
    int departmentAdd(const Args &args);
    int residentAdd(const Args &args);
    int stressRegister(const Args &args);
    int deadlineSet(const Args &args);
    int settingSet(const Args &args);
    // Case commands (casecommands.cpp).
    int caseCommand(const QString &verb, const Args &args);
    int caseRegister(const Args &args);
    int caseShow(const Args &args);
    // Sync commands (synccommands.cpp): no signed-in user needed.
    int enroll(const Args &args);
    int sync(const Args &args);
    int reportMeasures(const Args &args); // reportcommands.cpp
    int reportExport(const Args &args);
    int importCases(const Args &args); // importcommands.cpp
    int recurring(const Args &args);

    // Plumbing.
    [[nodiscard]] bool openWorkspace();
    [[nodiscard]] bool resolveActor();
    int fail(const Error &error);
    // Prints an import's rejected rows (nothing was imported) and returns the exit code.
    int rejected(const QList<RowError> &errors);
    int usage(const QString &message);
    int done(const QJsonObject &json, const QString &human);
    QJsonObject caseJson(const CaseRecord &record);
    QString caseText(const CaseRecord &record);

    QString m_ledgerPath;
    QString m_user;
    QString m_passwordFile;
    bool m_json = false;
    std::unique_ptr<Workspace> m_workspace;
    Actor m_actor;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace tz::cli
