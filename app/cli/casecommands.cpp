// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The `case` commands of taizhang-cli.
#include "cli.h"

#include "core/auth/userservice.h"
#include "core/cases/caseservice.h"
#include "core/catalog/catalogservice.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/residents/masking.h"
#include "core/residents/residentservice.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace tz::cli {
namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? businesstime::displayOf(ms) : QString();
}

} // namespace

QJsonObject Cli::caseJson(const CaseRecord &r)
{
    QJsonArray handlers;
    for (const CaseHandler &h : r.handlers) {
        handlers.append(
            QJsonObject {{QStringLiteral("org"), h.orgCode}, {QStringLiteral("department"), h.departmentId},
                {QStringLiteral("lead"), h.lead}, {QStringLiteral("answer"), h.answer}});
    }
    QJsonObject json {{QStringLiteral("caseNumber"), r.number}, {QStringLiteral("title"), r.title},
        {QStringLiteral("state"), casestate::key(r.state)},
        {QStringLiteral("handling"), handling::key(r.handling)},
        {QStringLiteral("channel"), channel::key(r.channel)}, {QStringLiteral("org"), r.orgCode},
        {QStringLiteral("originOrg"), r.originOrg},
        {QStringLiteral("registeredAt"), timeText(r.registeredAt)},
        {QStringLiteral("deadline"), r.deadline.toString(Qt::ISODate)},
        {QStringLiteral("overdue"), r.isOverdue(businesstime::dateOf(m_workspace->ledger().wallMs()))},
        {QStringLiteral("supervised"), r.supervised}, {QStringLiteral("paused"), r.isPaused()},
        {QStringLiteral("backfilled"), r.backfilled}, {QStringLiteral("escalations"), r.escalations},
        {QStringLiteral("reopenCount"), r.reopenCount}, {QStringLiteral("handlers"), handlers},
        {QStringLiteral("resident"), masking::name(r.residentName)},
        {QStringLiteral("phone"), masking::phone(r.phone)}};
    if (r.resolvedAt > 0) {
        json.insert(QStringLiteral("resolvedAt"), timeText(r.resolvedAt));
        json.insert(QStringLiteral("resolution"), r.resolution);
    }
    if (r.satisfaction)
        json.insert(QStringLiteral("satisfaction"), satisfaction::key(*r.satisfaction));
    if (!r.conflict.isEmpty())
        json.insert(QStringLiteral("conflict"), r.conflict);
    return json;
}

QString Cli::caseText(const CaseRecord &r)
{
    QStringList lines {QCoreApplication::translate("tz::Cli", "Case %1  %2  [%3 / %4]")
                           .arg(r.number, r.title, handling::label(r.handling), casestate::label(r.state)),
        QCoreApplication::translate("tz::Cli", "  unit: %1").arg(m_workspace->org().pathName(r.orgCode)),
        QCoreApplication::translate("tz::Cli", "  registered: %1 via %2; deadline %3")
            .arg(timeText(r.registeredAt), channel::label(r.channel), r.deadline.toString(Qt::ISODate))};
    if (!r.residentName.isEmpty())
        lines.append(QCoreApplication::translate("tz::Cli", "  resident: %1 %2")
                         .arg(masking::name(r.residentName), masking::phone(r.phone)));
    if (r.resolvedAt > 0)
        lines.append(QCoreApplication::translate("tz::Cli", "  resolved %1: %2")
                         .arg(timeText(r.resolvedAt), r.resolution));
    if (r.supervised)
        lines.append(QCoreApplication::translate("tz::Cli", "  under supervision (督办)"));
    if (!r.conflict.isEmpty())
        lines.append(QCoreApplication::translate("tz::Cli", "  CONFLICT to review: %1").arg(r.conflict));
    return lines.join(QLatin1Char('\n'));
}

int Cli::caseCommand(const QString &verb, const Args &args)
{
    if (verb == QLatin1String("register"))
        return caseRegister(args);
    if (verb == QLatin1String("show"))
        return caseShow(args);
    const QString number = args.positional(2);
    if (number.isEmpty())
        return usage(QCoreApplication::translate("tz::Cli", "case %1 needs a case number.").arg(verb));
    CaseService &cases = m_workspace->cases();
    std::optional<Result<CaseRecord>> result;
    if (verb == QLatin1String("dispatch")) {
        const auto target = [this](const QString &org, const QString &departmentName,
                                const QString &handlerLogin) -> Result<DispatchTarget> {
            DispatchTarget t {org, {}, {}};
            if (!departmentName.isEmpty()) {
                const std::optional<Department> d = m_workspace->org().departmentByName(org, departmentName);
                if (!d)
                    return Error::notFound(
                        QCoreApplication::translate("tz::Cli", "No department named %1 at %2.")
                            .arg(departmentName, org));
                t.departmentId = d->id;
            }
            if (!handlerLogin.isEmpty()) {
                const std::optional<User> u = m_workspace->users().byLogin(handlerLogin);
                if (!u)
                    return Error::notFound(
                        QCoreApplication::translate("tz::Cli", "No user %1.").arg(handlerLogin));
                t.handlerId = u->id;
            }
            return t;
        };
        DispatchInput input;
        Result<DispatchTarget> lead = target(args.value(QStringLiteral("org")),
            args.value(QStringLiteral("department")), args.value(QStringLiteral("handler")));
        if (!lead)
            return fail(lead.error());
        input.lead = *lead;
        for (const QString &co : args.values(QStringLiteral("co"))) {
            Result<DispatchTarget> t
                = target(co.section(QLatin1Char(':'), 0, 0), co.section(QLatin1Char(':'), 1), {});
            if (!t)
                return fail(t.error());
            input.coHandlers.append(*t);
        }
        if (args.has(QStringLiteral("deadline-days")))
            input.deadlineDays = args.value(QStringLiteral("deadline-days")).toInt();
        result = cases.dispatch(m_actor, number, input);
    } else if (verb == QLatin1String("accept")) {
        result = cases.accept(m_actor, number);
    } else if (verb == QLatin1String("return")) {
        result = cases.returnCase(m_actor, number, args.value(QStringLiteral("reason")));
    } else if (verb == QLatin1String("note")) {
        result = cases.note(m_actor, number, args.value(QStringLiteral("text")));
    } else if (verb == QLatin1String("request-materials")) {
        result = cases.requestMaterials(m_actor, number, args.value(QStringLiteral("what")));
    } else if (verb == QLatin1String("materials-received")) {
        result = cases.receiveMaterials(m_actor, number);
    } else if (verb == QLatin1String("escalate")) {
        result = cases.escalate(m_actor, number, args.value(QStringLiteral("reason")));
    } else if (verb == QLatin1String("resolve")) {
        result = cases.resolve(m_actor, number, args.value(QStringLiteral("result")));
    } else if (verb == QLatin1String("co-answer")) {
        result = cases.answerAsCoHandler(m_actor, number, args.value(QStringLiteral("answer")));
    } else if (verb == QLatin1String("follow-up")) {
        const std::optional<Satisfaction> s = satisfaction::parse(args.value(QStringLiteral("satisfaction")));
        if (!s)
            return usage(QCoreApplication::translate(
                "tz::Cli", "--satisfaction must be satisfied, mostly or unsatisfied."));
        result = cases.followUp(m_actor, number, *s, args.value(QStringLiteral("remark")));
    } else if (verb == QLatin1String("reopen")) {
        result = cases.reopen(m_actor, number, args.value(QStringLiteral("reason")));
    } else if (verb == QLatin1String("close")) {
        result = cases.close(m_actor, number);
    } else if (verb == QLatin1String("supervise")) {
        result = cases.supervise(
            m_actor, number, !args.has(QStringLiteral("off")), args.value(QStringLiteral("note")));
    } else if (verb == QLatin1String("attach")) {
        const QFileInfo file(args.value(QStringLiteral("file")));
        if (!file.isFile())
            return fail({ErrorKind::Io,
                QCoreApplication::translate("tz::Cli", "No file at %1.").arg(file.filePath()), {}});
        result = cases.addAttachment(m_actor, number, {file.absoluteFilePath(), file.fileName()});
    } else {
        return usage(QCoreApplication::translate("tz::Cli", "Unknown case command \"%1\".").arg(verb));
    }
    if (!*result)
        return fail(result->error());
    return done(caseJson(result->value()), caseText(result->value()));
}

int Cli::caseRegister(const Args &args)
{
    RegisterCaseInput input;
    input.orgCode = args.value(QStringLiteral("org"));
    input.title = args.value(QStringLiteral("title"));
    input.description = args.value(QStringLiteral("description"));
    if (args.has(QStringLiteral("handling"))) {
        input.handling = handling::parse(args.value(QStringLiteral("handling")));
        if (!input.handling)
            return usage(QCoreApplication::translate(
                "tz::Cli", "--handling must be immediate, fast, routed or joint."));
    }
    if (args.has(QStringLiteral("channel"))) {
        const std::optional<Channel> c = channel::parse(args.value(QStringLiteral("channel")));
        if (!c)
            return usage(QCoreApplication::translate("tz::Cli",
                "--channel must be counter, phone, wechat, visit, box, miniprogram, mailbox or meeting."));
        input.channel = *c;
    }
    if (args.has(QStringLiteral("catalog"))) {
        const std::optional<CatalogItem> item
            = m_workspace->catalog().byName(args.value(QStringLiteral("catalog")));
        if (!item)
            return fail(Error::notFound(QCoreApplication::translate("tz::Cli", "No catalog item named %1.")
                                            .arg(args.value(QStringLiteral("catalog")))));
        input.catalogId = item->id;
    }
    if (args.has(QStringLiteral("resident-id"))) {
        const QString idNumber = args.value(QStringLiteral("resident-id"));
        std::optional<Resident> resident = m_workspace->residents().byIdNumber(idNumber);
        if (!resident) {
            ResidentInput newcomer;
            newcomer.name = args.value(QStringLiteral("resident-name"));
            if (newcomer.name.isEmpty())
                return fail(
                    Error::invalid(QCoreApplication::translate("tz::Cli",
                                       "No resident has this ID number; give --resident-name to register "
                                       "the person with the case."),
                        QStringLiteral("resident-name")));
            newcomer.idNumber = idNumber;
            newcomer.phone = args.value(QStringLiteral("phone"));
            newcomer.orgCode = input.orgCode;
            Result<Resident> created = m_workspace->residents().registerResident(m_actor, newcomer);
            if (!created)
                return fail(created.error());
            resident = *created;
        }
        input.residentId = resident->id;
    } else {
        input.residentName = args.value(QStringLiteral("resident-name")); // a name without an ID number
    }
    input.phone = args.value(QStringLiteral("phone"));
    if (args.has(QStringLiteral("at"))) {
        bool ok = false;
        input.registeredAt = businesstime::parseIso(args.value(QStringLiteral("at")), &ok);
        if (!ok)
            return usage(QCoreApplication::translate(
                "tz::Cli", "--at must be an ISO 8601 date or time, such as 2026-01-09T10:30."));
    }
    if (args.has(QStringLiteral("deadline-days")))
        input.deadlineDays = args.value(QStringLiteral("deadline-days")).toInt();
    input.resolveNow = args.has(QStringLiteral("resolve-now"));
    input.resolution = args.value(QStringLiteral("result"));
    Result<CaseRecord> record = m_workspace->cases().registerCase(m_actor, input);
    if (!record)
        return fail(record.error());
    return done(caseJson(*record), caseText(*record));
}

int Cli::caseShow(const Args &args)
{
    const std::optional<CaseRecord> record = m_workspace->cases().byNumber(args.positional(2));
    if (!record)
        return fail(Error::notFound(
            QCoreApplication::translate("tz::Cli", "There is no case numbered %1.").arg(args.positional(2))));
    QJsonObject json = caseJson(*record);
    QJsonArray timeline;
    QStringList lines {caseText(*record)};
    for (const Event &event : m_workspace->ledger().events(AggregateType::Case, record->id)) {
        const std::optional<User> who = m_workspace->users().byId(event.actor);
        const QString actor = who ? who->displayName : event.actor;
        timeline.append(QJsonObject {{QStringLiteral("type"), event.type},
            {QStringLiteral("at"), timeText(event.hlc.millis())}, {QStringLiteral("actor"), actor},
            {QStringLiteral("device"), event.device}});
        lines.append(QStringLiteral("  %1  %2  %3").arg(timeText(event.hlc.millis()), event.type, actor));
    }
    json.insert(QStringLiteral("timeline"), timeline);
    return done(json, lines.join(QLatin1Char('\n')));
}

} // namespace tz::cli
