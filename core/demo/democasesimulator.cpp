// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/demo/democasesimulator.h"

#include "core/cases/caseservice.h"
#include "core/catalog/catalogitem.h"
#include "core/common/businesstime.h"
#include "core/demo/demotexts.h"
#include "core/ledger/ledger.h"
#include "core/residents/residentservice.h"
#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace tz {
namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr int kStepsPerBatch = 2000;

Channel randomChannel(QRandomGenerator &random)
{
    const double r = random.generateDouble();
    if (r < 0.45)
        return Channel::Counter;
    if (r < 0.65)
        return Channel::Phone;
    if (r < 0.80)
        return Channel::Visit;
    if (r < 0.90)
        return Channel::WeChat;
    if (r < 0.93)
        return Channel::Box;
    if (r < 0.97)
        return Channel::MiniProgram;
    if (r < 0.99)
        return Channel::Mailbox;
    return Channel::Meeting;
}

qint64 endOfDay(QDate day)
{
    return QDateTime(day, QTime(18, 0), businesstime::zone()).toMSecsSinceEpoch();
}

} // namespace

DemoCaseSimulator::DemoCaseSimulator(
    Workspace &workspace, DemoWorld &world, quint32 seed, qint64 startMs, qint64 endMs)
    : m_workspace(workspace)
    , m_world(world)
    , m_random(seed)
    , m_startMs(startMs)
    , m_endMs(endMs)
{
}

qint64 DemoCaseSimulator::hours(double low, double high)
{
    return static_cast<qint64>((low + (high - low) * m_random.generateDouble()) * kHour);
}

QString DemoCaseSimulator::fill(const QString &text, const Life &life)
{
    QString result = text;
    const DemoTownship &township = m_world.townships.at(life.township);
    const QStringList &surnames = demo::surnames();
    const QString surname
        = life.surname.isEmpty() ? surnames.at(m_random.bounded(int(surnames.size()))) : life.surname;
    result.replace(QStringLiteral("{name}"), surname + QStringLiteral("某"));
    result.replace(QStringLiteral("{village}"), m_world.villageNames.value(life.village, township.name));
    result.replace(QStringLiteral("{township}"), township.name);
    const QStringList &roads = demo::roadNames();
    result.replace(QStringLiteral("{road}"), roads.at(m_random.bounded(int(roads.size()))));
    const QStringList &grids = demo::gridNames();
    result.replace(QStringLiteral("{grid}"), grids.at(m_random.bounded(int(grids.size()))));
    result.replace(QStringLiteral("{days}"), QString::number(2 + m_random.bounded(20)));
    return result;
}

void DemoCaseSimulator::note(const QString &what, bool ok, const QString &message)
{
    if (ok)
        return;
    ++m_refused;
    if (m_refusals.size() < 20)
        m_refusals.append(what + QStringLiteral(": ") + message);
}

void DemoCaseSimulator::schedule(int id, qint64 at)
{
    if (at < m_endMs)
        m_queue.push({at, id});
    else
        m_lives.erase(id); // still open at the end of the demo: it stays as it is
}

qint64 DemoCaseSimulator::registrationTime(int index, int count)
{
    const double span = static_cast<double>(m_endMs - 2 * kHour - m_startMs);
    const qint64 instant
        = m_startMs + static_cast<qint64>(span * (index + m_random.generateDouble()) / count);
    QDateTime local = businesstime::dateTimeOf(instant);
    // Counters open 8:00–18:00; Sundays see a few visitors only.
    const int minute = 8 * 60 + m_random.bounded(10 * 60);
    local.setTime(QTime(minute / 60, minute % 60, m_random.bounded(60)));
    if (local.date().dayOfWeek() == 7 && chance(0.7))
        local = local.addDays(1);
    return std::min(local.toMSecsSinceEpoch(), m_endMs - kHour);
}

void DemoCaseSimulator::run(
    int count, const std::function<void(qint64)> &setNow, const std::function<void(int, int)> &progress)
{
    Ledger &ledger = m_workspace.ledger();
    // Registration times, drawn first and sorted, so the clock only moves forward.
    std::vector<qint64> registrations;
    registrations.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        registrations.push_back(registrationTime(i, count));
    std::sort(registrations.begin(), registrations.end());
    int index = 0;
    while (index < count || !m_queue.empty()) {
        Status batch = ledger.write(QStringLiteral("demo"), [&](LedgerTransaction &) {
            for (int steps = 0; steps < kStepsPerBatch && (index < count || !m_queue.empty()); ++steps) {
                const qint64 nextRegistration = index < count ? registrations[std::size_t(index)] : m_endMs;
                if (!m_queue.empty() && m_queue.top().at <= nextRegistration) {
                    const Pending pending = m_queue.top();
                    m_queue.pop();
                    setNow(pending.at);
                    step(pending.id, pending.at);
                } else if (index < count) {
                    setNow(nextRegistration);
                    registerOne(nextRegistration);
                    ++index;
                    if (progress)
                        progress(index, count);
                }
            }
        });
        note(QStringLiteral("batch"), batch.ok(), batch.ok() ? QString() : batch.error().message);
        if (!batch)
            return;
    }
}

void DemoCaseSimulator::registerOne(qint64 at)
{
    Life life;
    // The demo clerk's township sees more than the others.
    life.township = chance(0.3) ? 0 : m_random.bounded(int(m_world.townships.size()));
    const DemoTownship &township = m_world.townships.at(life.township);
    life.village = township.villages.isEmpty() || chance(0.08)
        ? township.code
        : township.villages.at(m_random.bounded(int(township.villages.size())));
    const QList<demo::RequestTemplate> &templates = demo::requestTemplates();
    life.templateIndex = m_random.bounded(int(templates.size()));
    const demo::RequestTemplate &pattern = templates.at(life.templateIndex);

    RegisterCaseInput input;
    input.orgCode = life.village;
    input.channel = randomChannel(m_random);
    if (!pattern.catalogName.isEmpty()) {
        for (const CatalogItem &item : *m_world.catalog) {
            if (item.name == pattern.catalogName) {
                input.catalogId = item.id;
                input.handling = item.handling;
                break;
            }
        }
    }
    if (!input.handling) {
        const double r = m_random.generateDouble();
        input.handling = r < 0.45 ? Handling::Fast : (r < 0.9 ? Handling::Routed : Handling::Joint);
    }
    life.handling = *input.handling;
    const QList<QString> residents = m_world.residentsByVillage.value(life.village);
    if (!residents.isEmpty() && chance(0.85)) {
        input.residentId = residents.at(m_random.bounded(int(residents.size())));
        // The description speaks of the person who came: "村民韦某…".
        if (const std::optional<Resident> resident = m_workspace.residents().byId(input.residentId))
            life.surname = resident->name.left(1);
    }
    input.title = fill(pattern.title, life).left(60);
    input.description
        = fill(pattern.descriptions.at(m_random.bounded(int(pattern.descriptions.size()))), life);
    if (chance(0.01))
        input.registeredAt = at - 2 * kDay - hours(0, 200); // 补录 of a paper record
    if (life.handling == Handling::Immediate) {
        input.resolveNow = true;
        input.resolution
            = fill(pattern.resolutions.at(m_random.bounded(int(pattern.resolutions.size()))), life);
    }
    Result<CaseRecord> record = m_workspace.cases().registerCase(township.clerk, input);
    note(QStringLiteral("register"), record.ok(), record.ok() ? QString() : record.error().message);
    if (!record)
        return;
    ++m_registered;
    life.number = record->number;
    const int id = m_nextId++;
    m_lives.emplace(id, life);
    if (life.handling == Handling::Immediate)
        schedule(id, chance(0.7) ? at + hours(20, 72) : m_endMs);
    else
        schedule(id, at + hours(0.2, 3));
}

void DemoCaseSimulator::step(int id, qint64 at)
{
    auto found = m_lives.find(id);
    if (found == m_lives.end())
        return;
    Life &life = found->second;
    CaseService &cases = m_workspace.cases();
    const std::optional<CaseRecord> record = cases.byNumber(life.number);
    if (!record)
        return;
    const DemoTownship &township = m_world.townships.at(life.township);
    const bool atCounty = record->orgCode.endsWith(QLatin1String("000000"));
    const Actor &handler = atCounty ? m_world.countyHandler : township.handler;
    const Actor &supervisor = atCounty ? m_world.countySupervisor : township.supervisor;
    const demo::RequestTemplate &pattern = demo::requestTemplates().at(life.templateIndex);
    const auto pick = [this](const QStringList &list) { return list.at(m_random.bounded(int(list.size()))); };
    const auto check = [this](const char *what, const Result<CaseRecord> &result) {
        note(QString::fromLatin1(what), result.ok(), result.ok() ? QString() : result.error().message);
        return result.ok();
    };

    switch (record->state) {
    case CaseState::Registered:
    case CaseState::Reopened: {
        DispatchInput input;
        if (atCounty) {
            // Escalated to the county and reopened there: the county dispatches it itself.
            input.lead = {record->orgCode, {}, {}};
            if (life.handling == Handling::Joint)
                input.coHandlers.append({township.code, {}, {}});
            if (check("dispatch", cases.dispatch(m_world.countySupervisor, life.number, input)))
                schedule(id, at + hours(0.5, 20));
            break;
        }
        const bool toVillage
            = record->orgCode != township.code && chance(0.65) && life.handling != Handling::Joint;
        if (toVillage || township.departmentIds.size() < 2) {
            input.lead = {record->orgCode, {}, {}};
        } else {
            const int first = m_random.bounded(int(township.departmentIds.size()));
            input.lead = {township.code, township.departmentIds.at(first), {}};
            if (life.handling == Handling::Joint) {
                const int second = (first + 1 + m_random.bounded(int(township.departmentIds.size()) - 1))
                    % int(township.departmentIds.size());
                input.coHandlers.append({township.code, township.departmentIds.at(second), {}});
            }
        }
        if (life.handling == Handling::Joint && input.coHandlers.isEmpty())
            input.coHandlers.append({township.code, township.departmentIds.value(0), {}});
        if (check("dispatch", cases.dispatch(township.clerk, life.number, input)))
            schedule(id, at + hours(0.5, 20));
        break;
    }
    case CaseState::Dispatched:
        if (!life.returned && !atCounty && chance(0.03)) {
            life.returned = true;
            if (check("return", cases.returnCase(handler, life.number, pick(demo::returnReasons()))))
                schedule(id, at + hours(1, 5));
        } else if (!atCounty && record->escalations == 0 && chance(0.05)) {
            if (record->orgCode == township.code) {
                if (check("escalate", cases.escalate(handler, life.number, pick(demo::escalationReasons()))))
                    schedule(id, at + hours(2, 30));
            } else if (check("escalate",
                           cases.escalate(handler, life.number, pick(demo::escalationReasons())))) {
                schedule(id, at + hours(2, 30));
            }
        } else if (check("accept", cases.accept(handler, life.number))) {
            schedule(id, at + hours(1, 30));
        }
        break;
    case CaseState::Accepted:
    case CaseState::InProgress: {
        for (const CaseHandler &h : record->handlers) {
            if (!h.lead && h.answer.isEmpty()) {
                if (check(
                        "co-answer", cases.answerAsCoHandler(handler, life.number, pick(demo::noteTexts()))))
                    schedule(id, at + hours(2, 48));
                return;
            }
        }
        if (record->isPaused()) {
            if (check("materials-received", cases.receiveMaterials(handler, life.number)))
                schedule(id, at + hours(4, 60));
            return;
        }
        if (record->state == CaseState::Accepted && chance(0.04)) {
            if (check("request-materials",
                    cases.requestMaterials(handler, life.number, pick(demo::noteTexts()))))
                schedule(id, at + hours(48, 150));
            return;
        }
        if (record->state == CaseState::Accepted && chance(0.35)) {
            if (check("note", cases.note(handler, life.number, pick(demo::noteTexts()))))
                schedule(id, at + hours(2, 40));
            return;
        }
        const qint64 due = endOfDay(record->deadline);
        if (at > due && !record->supervised && chance(0.3)) {
            check("supervise", cases.supervise(supervisor, life.number, true, pick(demo::noteTexts())));
            schedule(id, at + hours(4, 48));
            return;
        }
        if (at < due - 2 * kHour && chance(0.85)) {
            // Not done yet: come back before the deadline, or (rarely) after it.
            const qint64 until
                = chance(0.9) ? std::max(at + kHour, due - hours(1, 30)) : due + hours(10, 100);
            schedule(id, std::max(at + kHour, until - hours(0, 24)));
            return;
        }
        if (check("resolve", cases.resolve(handler, life.number, fill(pick(pattern.resolutions), life))))
            schedule(id, chance(0.88) ? at + hours(20, 70) : m_endMs);
        break;
    }
    case CaseState::Resolved: {
        const double r = m_random.generateDouble();
        const Satisfaction s = life.reopened || r < 0.83 ? Satisfaction::Satisfied
            : r < 0.95                                   ? Satisfaction::MostlySatisfied
                                                         : Satisfaction::Unsatisfied;
        if (s == Satisfaction::Unsatisfied)
            life.reopened = true;
        if (check("follow-up", cases.followUp(township.clerk, life.number, s, pick(demo::followUpRemarks()))))
            schedule(id,
                s == Satisfaction::Unsatisfied ? at + hours(2, 8)
                                               : (chance(0.8) ? at + hours(20, 100) : m_endMs));
        break;
    }
    case CaseState::FollowedUp:
        check("close", cases.close(township.clerk, life.number));
        m_lives.erase(found);
        break;
    case CaseState::Closed:
        m_lives.erase(found);
        break;
    }
}

} // namespace tz
