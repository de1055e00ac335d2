// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/casetypes.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>
#include <queue>
#include <unordered_map>
#include <vector>

namespace tz {

class Workspace;
struct CatalogItem;

// The people who act in one township of the demo.
struct DemoTownship
{
    QString code;
    QString name;
    QStringList villages; // village codes
    QStringList departmentIds; // the township's departments
    Actor clerk;
    Actor handler;
    Actor supervisor;
};

struct DemoWorld
{
    QList<DemoTownship> townships;
    Actor countyHandler;
    Actor countySupervisor;
    QHash<QString, QList<QString>> residentsByVillage; // village code -> resident ids
    QHash<QString, QString> villageNames;
    QList<CatalogItem> *catalog = nullptr;
};

// Replays the life of each demo case in time order: registration, dispatch, acceptance,
// notes, pauses, escalation, resolution, follow-up, reopening and closing, with realistic
// odds and delays, each step through CaseService as the responsible person.
class DemoCaseSimulator
{
public:
    DemoCaseSimulator(Workspace &workspace, DemoWorld &world, quint32 seed, qint64 startMs, qint64 endMs);

    // Runs `count` cases; `setNow` moves the clock the services record facts at.
    void run(
        int count, const std::function<void(qint64)> &setNow, const std::function<void(int, int)> &progress);

    [[nodiscard]] int refused() const { return m_refused; }
    [[nodiscard]] const QStringList &refusals() const { return m_refusals; }
    [[nodiscard]] int registered() const { return m_registered; }

private:
    struct Life
    {
        QString number;
        QString surname; // of the resident who asked, when known
        int township = 0;
        QString village;
        Handling handling = Handling::Routed;
        int templateIndex = -1;
        bool reopened = false;
        bool returned = false;
    };
    struct Pending
    {
        qint64 at;
        int id;
        bool operator>(const Pending &other) const { return at > other.at; }
    };

    qint64 registrationTime(int index, int count);
    void registerOne(qint64 at);
    void step(int id, qint64 at);
    void schedule(int id, qint64 at);
    void note(const QString &what, bool ok, const QString &message);
    qint64 hours(double low, double high);
    bool chance(double p) { return m_random.generateDouble() < p; }
    QString fill(const QString &text, const Life &life);

    Workspace &m_workspace;
    DemoWorld &m_world;
    QRandomGenerator m_random;
    qint64 m_startMs;
    qint64 m_endMs;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> m_queue;
    std::unordered_map<int, Life> m_lives;
    int m_nextId = 0;
    int m_registered = 0;
    int m_refused = 0;
    QStringList m_refusals;
};

} // namespace tz
