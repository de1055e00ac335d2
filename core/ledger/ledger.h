// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/ledger/event.h"
#include "core/ledger/hlc.h"
#include "core/ledger/projection.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/storedform.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace tz {

class SqlDatabase;
class Ledger;
class LedgerLock;

// The device a ledger file belongs to, created once at `init`.
struct DeviceIdentity
{
    QString id; // UUIDv7 text
    QString code; // 5 characters of Crockford base32, used in case numbers
    QString label; // a name people recognise ("县党群服务中心窗口1")
};

// One aggregate named apart from its events (a sync's "drop this case").
struct AggregateRef
{
    AggregateType type = AggregateType::Case;
    QString id;
};

// Handed to the work of one Ledger::write: reads see everything appended so far in the same
// transaction, and every append is folded into the projections at once.
class LedgerTransaction
{
public:
    const Event &append(
        AggregateType type, const QString &aggregateId, const QString &eventType, QJsonObject payload);
    SqlDatabase &db();
    [[nodiscard]] const QString &actor() const { return m_actor; }
    // The wall time this transaction records facts at (milliseconds since the epoch).
    [[nodiscard]] qint64 nowMs() const { return m_nowMs; }
    [[nodiscard]] const QList<Event> &appended() const { return m_appended; }

private:
    friend class Ledger;
    LedgerTransaction(Ledger &ledger, QString actor, qint64 nowMs);
    Ledger &m_ledger;
    QString m_actor;
    qint64 m_nowMs;
    QList<Event> m_appended;
};

// The local ledger: an append-only event log and the projections folded from it, in one SQLite
// file owned by one device. This object holds the only writer connection to the file.
class Ledger
{
public:
    struct Options
    {
        bool create = false; // make a new ledger (fails if the file holds one)
        QString deviceLabel; // for a new ledger
        HybridClock::WallClock wallClock; // tests inject time; default: the system clock
        bool quickCheck = true; // PRAGMA quick_check when the last close was not clean
        // Told (with no total) while the quick_check runs; returning false stops it and the open
        // fails with an error of kind Cancelled, leaving the file as it was.
        Progress progress;
    };

    static Result<std::unique_ptr<Ledger>> open(const QString &path, const Options &options);
    // A read-only connection to a ledger's file, for work on another thread (exports, reports)
    // while this object keeps writing. Throws ErrorException when the file cannot be read.
    static std::unique_ptr<SqlDatabase> openReader(const QString &path);
    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    [[nodiscard]] const DeviceIdentity &device() const { return m_device; }
    [[nodiscard]] QString path() const { return m_path; }
    // The connection, for reading: it refuses every statement that would change the ledger
    // outside the ledger's own transactions (write, ingest, writeState ...). Readers on other
    // threads open their own (openReader).
    SqlDatabase &db() { return *m_db; }
    HybridClock &clock() { return m_clock; }
    [[nodiscard]] qint64 wallMs() const;
    // Replaces the wall clock (tests, and the demo generator replaying two years).
    void setWallClock(HybridClock::WallClock wall);

    void addProjection(std::unique_ptr<Projection> projection);

    // Many writes as one transaction (an import, a test's setup): each write inside is a
    // savepoint of it, and nothing is kept unless commit() runs.
    class Batch
    {
    public:
        explicit Batch(Ledger &ledger);
        void commit() { m_transaction.commit(); }

    private:
        SqlDatabase::WriteScope m_scope;
        SqlTransaction m_transaction;
    };

    // Changes this device's own state that is not an event (its sync position, its enrollment,
    // events the server set aside) in one IMMEDIATE transaction; anything thrown rolls it back.
    [[nodiscard]] Status writeState(const std::function<void(SqlDatabase &)> &work);

    // Runs `work` in one IMMEDIATE transaction and commits (with fsync) when it returns. An
    // ErrorException thrown by the work, or a database error, rolls everything back. Called
    // inside another write (a batch), it runs in a savepoint of that transaction.
    [[nodiscard]] Status write(const QString &actor, const std::function<void(LedgerTransaction &)> &work);

    // Stores events recorded elsewhere (sync, tests), in any order. Known ids are skipped; an event
    // that sorts before what an aggregate has folded makes that aggregate fold again from the
    // start. Returns how many were new.
    // `alsoInTransaction` runs in the same transaction after the events are stored (a sync
    // advances its cursor there, so a crash keeps both or neither).
    [[nodiscard]] Result<int> ingest(
        const QList<Event> &events, const std::function<void(SqlDatabase &)> &alsoInTransaction = {});
    // The same, then forgets the read rows of `drops` (aggregates that left this device's scope:
    // see dropped_aggregates in migration 0010), in the same transaction. An event of a dropped
    // aggregate arriving later brings it back, folded from all its events.
    [[nodiscard]] Result<int> ingest(const QList<Event> &events, const QList<AggregateRef> &drops,
        const std::function<void(SqlDatabase &)> &alsoInTransaction = {});
    // Whether the aggregate was dropped from this device's scope.
    [[nodiscard]] bool isDropped(AggregateType type, const QString &aggregateId);

    // A batch of more than this many cases leaves their text for the search index to take in
    // later (textbacklog.h; TextIndexBacklog works it off).
    static constexpr int kInlineTextIndex = 256;

    // Every event of one aggregate in fold order (a case's timeline).
    [[nodiscard]] QList<Event> events(AggregateType type, const QString &aggregateId);
    // This device's own events numbered after `deviceSeq`, in order, at most `limit` (what a sync
    // has not pushed yet).
    [[nodiscard]] QList<Event> ownEventsAfter(qint64 deviceSeq, int limit);
    // Every event in local arrival order, from seq > after, at most `limit`.
    [[nodiscard]] QList<Event> eventsSince(qint64 after, int limit);
    [[nodiscard]] qint64 eventCount();

private:
    friend class LedgerTransaction;
    // Maintenance (snapshot adoption, the verifier, the text index backlog) reaches this ledger
    // only through that class's narrow door: see ledgermaintenance.h.
    friend class LedgerMaintenance;
    // Functions, the chars tokenizer and pragmas of a writer connection.
    static void prepareConnection(SqlDatabase &db);
    Ledger(std::unique_ptr<LedgerLock> lock, std::unique_ptr<SqlDatabase> db, QString path,
        const Options &options);
    void loadIdentity();
    Event appendLocal(Event event);
    // Stores one event; returns its aggregate's rid (made when new).
    qint64 storeEvent(const Event &event, bool local);
    qint64 aggregateRid(AggregateType type, const QString &id, bool create);
    void trackAggregateIn(SqlDatabase &db, qint64 aggregate, const Event &event);
    // After a rollback: forget names and the device position the rolled-back work handed out.
    void forgetUncommitted(qint64 savedSeq, const QByteArray &savedHash);
    void foldInto(SqlDatabase &db, const Event &event);
    void foldApart(const Event &event); // foldInto this ledger in a savepoint: see ledger.cpp
    void refold(AggregateType type, const QString &aggregateId);
    void drop(const AggregateRef &aggregate);
    Projection *projectionFor(AggregateType type);

    // Declared first, released last: the claim outlives the connection.
    std::unique_ptr<LedgerLock> m_lock;
    std::unique_ptr<SqlDatabase> m_db;
    NameDictionary m_names;
    QString m_path;
    DeviceIdentity m_device;
    HybridClock m_clock;
    HybridClock::WallClock m_wall;
    qint64 m_deviceSeq = 0;
    QByteArray m_lastHash;
    std::map<int, std::unique_ptr<Projection>> m_projections;
};

} // namespace tz
