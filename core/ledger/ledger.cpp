// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/ledger.h"

#include "core/common/uuid.h"
#include "core/ledger/charstokenizer.h"
#include "core/ledger/eventcolumns.h"
#include "core/ledger/ledgerlock.h"
#include "core/ledger/migrations.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/textbacklog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

namespace tz {
namespace {

QString randomDeviceCode()
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
    QString code;
    for (int i = 0; i < 5; ++i)
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    return code;
}

void setMeta(SqlDatabase &db, const char *key, const QString &value)
{
    db.cached("ledger::setMeta",
          "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2")
        .bind(1, key)
        .bind(2, value)
        .run();
}

// PRAGMA quick_check, stopped through SQLite's progress handler when `progress` says so.
QString quickCheck(SqlDatabase &db, const Progress &progress)
{
    if (!progress)
        return db.scalarText("PRAGMA quick_check");
    struct Handler
    {
        const Progress &progress;
        QElapsedTimer sinceTold;
        quint32 calls = 0;
        bool stopped = false;
    } handler {progress, {}};
    const auto callback = [](void *context) -> int {
        auto *h = static_cast<Handler *>(context);
        // SQLite calls every 100 steps (a small ledger's check takes a few hundred); the clock is
        // read every 32nd call and the caller hears at most ten times a second.
        if (!h->stopped && (h->calls++ % 32 == 0)
            && (!h->sinceTold.isValid() || h->sinceTold.elapsed() >= 100)) {
            h->sinceTold.start();
            h->stopped = !h->progress(0, 0);
        }
        return h->stopped ? 1 : 0;
    };
    sqlite3_progress_handler(db.handle(), 100, callback, &handler);
    try {
        QString check = db.scalarText("PRAGMA quick_check");
        sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
        return check;
    } catch (const ErrorException &) {
        sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
        if (!handler.stopped)
            throw;
        throw ErrorException(Error {ErrorKind::Cancelled,
            QCoreApplication::translate(
                "tz::Ledger", "The check was stopped: the ledger was not opened and nothing was changed."),
            {}});
    }
}

// An empty file only its owner may read (SQLite gives the -wal and -shm files the same mode).
void createPrivately(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw ErrorException({ErrorKind::Io,
            QCoreApplication::translate("tz::Ledger", "Cannot create %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))),
            {}});
    ::close(fd);
}

QString meta(SqlDatabase &db, const char *key)
{
    SqlStatement &statement = db.cached("ledger::meta", "SELECT value FROM meta WHERE key = ?1");
    statement.bind(1, key);
    QString value = statement.next() ? statement.text(0) : QString();
    statement.reset();
    return value;
}

// Whatever a write's work threw, as the Error the write returns. Ours carry one; anything else (a
// bad_alloc, a bug's std::exception) is a fault of this program: reported the same way, with the
// transaction rolled back, so nothing of the change is half kept.
Error errorOf(const std::exception_ptr &thrown)
{
    try {
        std::rethrow_exception(thrown);
    } catch (const ErrorException &e) {
        return e.error();
    } catch (const std::exception &e) {
        return {ErrorKind::Storage,
            QCoreApplication::translate(
                "tz::Ledger", "The change could not be saved (%1); nothing of it was kept.")
                .arg(QString::fromLocal8Bit(e.what()).left(200)),
            {}};
    } catch (...) {
        return {ErrorKind::Storage,
            QCoreApplication::translate(
                "tz::Ledger", "The change could not be saved; nothing of it was kept."),
            {}};
    }
}

} // namespace

void Ledger::prepareConnection(SqlDatabase &db)
{
    if (!registerCharsTokenizer(db.handle()) || !storedform::registerFunctions(db.handle()))
        throw ErrorException({ErrorKind::Storage,
            QCoreApplication::translate("tz::Ledger", "This SQLite library has no FTS5 full-text search."),
            {}});
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
            "PRAGMA temp_store = MEMORY;");
}

std::unique_ptr<SqlDatabase> Ledger::openReader(const QString &path)
{
    auto db = std::make_unique<SqlDatabase>(path, SqlDatabase::Mode::ReadOnly);
    if (!registerCharsTokenizer(db->handle()) || !storedform::registerFunctions(db->handle()))
        throw ErrorException({ErrorKind::Storage,
            QCoreApplication::translate("tz::Ledger", "This SQLite library has no FTS5 full-text search."),
            {}});
    db->exec("PRAGMA temp_store = MEMORY; PRAGMA query_only = ON;");
    return db;
}

void Ledger::trackAggregateIn(SqlDatabase &db, qint64 aggregate, const Event &event)
{
    db.cached("Ledger::trackAggregateIn",
          "UPDATE aggregates SET version = version + 1, last_hlc = ?2, last_device = ?3, last_seq = ?4 "
          "WHERE rid = ?1")
        .bind(1, aggregate)
        .bind(2, event.hlc.value)
        .bind(3, m_names.idOf(event.device))
        .bind(4, event.deviceSeq)
        .run();
}

qint64 Ledger::aggregateRid(AggregateType type, const QString &id, bool create)
{
    SqlStatement &select = m_db->cached("Ledger::aggregateRid/read aggregates by type",
        "SELECT rid FROM aggregates WHERE type = ?1 AND id = ?2");
    select.bind(1, static_cast<int>(type));
    storedform::bindId(select, 2, id);
    const qint64 rid = select.next() ? select.int64(0) : 0;
    select.reset();
    if (rid > 0 || !create)
        return rid;
    SqlStatement &insert = m_db->cached(
        "Ledger::aggregateRid/insert aggregates", "INSERT INTO aggregates (type, id) VALUES (?1, ?2)");
    insert.bind(1, static_cast<int>(type));
    storedform::bindId(insert, 2, id);
    insert.run();
    return m_db->lastInsertRowId();
}

LedgerTransaction::LedgerTransaction(Ledger &ledger, QString actor, qint64 nowMs)
    : m_ledger(ledger)
    , m_actor(std::move(actor))
    , m_nowMs(nowMs)
{
}

const Event &LedgerTransaction::append(
    AggregateType type, const QString &aggregateId, const QString &eventType, QJsonObject payload)
{
    Event event;
    event.aggregateType = type;
    event.aggregateId = aggregateId;
    event.type = eventType;
    event.payload = std::move(payload);
    event.actor = m_actor;
    m_appended.append(m_ledger.appendLocal(std::move(event)));
    return m_appended.constLast();
}

SqlDatabase &LedgerTransaction::db()
{
    return m_ledger.db();
}

Ledger::Ledger(
    std::unique_ptr<LedgerLock> lock, std::unique_ptr<SqlDatabase> db, QString path, const Options &options)
    : m_lock(std::move(lock))
    , m_db(std::move(db))
    , m_names(*m_db)
    , m_path(std::move(path))
    , m_clock(options.wallClock)
    , m_wall(options.wallClock ? options.wallClock
                               : HybridClock::WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (!options.create && !info.exists()) {
        return Error::notFound(QCoreApplication::translate(
            "tz::Ledger", "There is no ledger at %1. Create one with \"taizhang-cli init\".")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    // The claim comes first: no connection is made to a file another program writes to.
    const bool inMemory = path == QLatin1String(":memory:");
    std::unique_ptr<LedgerLock> lock;
    if (!inMemory) {
        Result<std::unique_ptr<LedgerLock>> taken = LedgerLock::take(path);
        if (!taken)
            return taken.error();
        lock = std::move(*taken);
    }
    try {
        if (options.create && !inMemory && !info.exists())
            createPrivately(path);
        auto db = std::make_unique<SqlDatabase>(
            path, options.create ? SqlDatabase::Mode::Create : SqlDatabase::Mode::ReadWrite);
        const qint64 schema = db->scalar("PRAGMA user_version");
        if (options.create && schema > 0)
            return Error::invalid(
                QCoreApplication::translate("tz::Ledger", "%1 already holds a ledger; it was left as it is.")
                    .arg(QDir::toNativeSeparators(path)));
        if (!options.create && schema == 0)
            return Error {ErrorKind::Corrupt,
                QCoreApplication::translate("tz::Ledger", "%1 is not a Taizhang ledger.")
                    .arg(QDir::toNativeSeparators(path)),
                {}};
        prepareConnection(*db);
        if (Status migrated = Migrations::run(*db); !migrated)
            return migrated.error();

        const bool wasOpen = meta(*db, "open_state") == QLatin1String("open");
        if (!options.create && wasOpen && options.quickCheck) {
            const QString check = quickCheck(*db, options.progress);
            if (check != QLatin1String("ok"))
                return Error {ErrorKind::Corrupt,
                    QCoreApplication::translate("tz::Ledger",
                        "The ledger failed its integrity check (%1). Restore it from a backup or "
                        "from the server; the file was not changed.")
                        .arg(check),
                    {}};
        }

        std::unique_ptr<Ledger> ledger(new Ledger(std::move(lock), std::move(db), path, options));
        if (options.create) {
            SqlTransaction transaction(*ledger->m_db);
            setMeta(*ledger->m_db, "device_id", Uuid7::toString(Uuid7::generate(ledger->wallMs())));
            setMeta(*ledger->m_db, "device_code", randomDeviceCode());
            setMeta(*ledger->m_db, "device_label", options.deviceLabel);
            setMeta(*ledger->m_db, "created_at", QString::number(ledger->wallMs()));
            transaction.commit();
        }
        ledger->loadIdentity();
        setMeta(*ledger->m_db, "open_state", QStringLiteral("open"));
        // From here on only the ledger's own transactions write through this connection, however
        // many readers it is handed to.
        ledger->m_db->refuseWritesOutsideScopes();
        return ledger;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Ledger::~Ledger()
{
    const SqlDatabase::WriteScope writing(*m_db);
    try {
        if (m_db->inTransaction())
            m_db->exec("ROLLBACK");
        SqlTransaction transaction(*m_db);
        setMeta(*m_db, "clock_high", QString::number(m_clock.last().value));
        setMeta(*m_db, "open_state", QStringLiteral("closed"));
        transaction.commit();
    } catch (const ErrorException &) {
        // A read-only or full disk: the next open runs quick_check, which is what we want.
    }
}

qint64 Ledger::wallMs() const
{
    return m_wall();
}

void Ledger::setWallClock(HybridClock::WallClock wall)
{
    m_wall
        = wall ? std::move(wall) : HybridClock::WallClock([] { return QDateTime::currentMSecsSinceEpoch(); });
    m_clock.setWallClock(m_wall);
}

void Ledger::loadIdentity()
{
    m_device.id = meta(*m_db, "device_id");
    m_device.code = meta(*m_db, "device_code");
    m_device.label = meta(*m_db, "device_label");
    if (m_device.id.isEmpty())
        throw ErrorException({ErrorKind::Corrupt,
            QCoreApplication::translate("tz::Ledger", "The ledger has no device identity."), {}});

    if (const qint64 device = m_names.find(m_device.id); device > 0) {
        SqlStatement &last = m_db->cached("Ledger::loadIdentity",
            "SELECT device_seq, hash FROM events WHERE device = ?1 "
            "ORDER BY device_seq DESC LIMIT 1");
        last.bind(1, device);
        if (last.next()) {
            m_deviceSeq = last.int64(0);
            m_lastHash = last.blob(1);
        }
        last.reset();
    }
    // The clock must not issue a timestamp below any stored one. A clean close left the high
    // mark in meta; after a crash, read it from the events (a scan, once).
    const QString high = meta(*m_db, "clock_high");
    const bool clean = meta(*m_db, "open_state") != QLatin1String("open");
    m_clock.observe(HlcTimestamp {
        clean && !high.isEmpty() ? high.toLongLong() : m_db->scalar("SELECT MAX(hlc) FROM events")});
}

void Ledger::addProjection(std::unique_ptr<Projection> projection)
{
    const int key = static_cast<int>(projection->aggregateType());
    m_projections[key] = std::move(projection);
}

Projection *Ledger::projectionFor(AggregateType type)
{
    const auto it = m_projections.find(static_cast<int>(type));
    return it == m_projections.end() ? nullptr : it->second.get();
}

Status Ledger::write(const QString &actor, const std::function<void(LedgerTransaction &)> &work)
{
    const SqlDatabase::WriteScope writing(*m_db);
    const qint64 savedSeq = m_deviceSeq;
    const QByteArray savedHash = m_lastHash;
    if (m_db->inTransaction()) {
        // Inside a batch (the demo generator, an import): a savepoint, so a refused step undoes
        // only itself and the batch commits once.
        try {
            m_db->run("SAVEPOINT step");
        } catch (const ErrorException &e) {
            return e.error();
        }
        try {
            LedgerTransaction ledgerTransaction(*this, actor, wallMs());
            work(ledgerTransaction);
            m_db->run("RELEASE step");
            return {};
        } catch (...) {
            const Error error = errorOf(std::current_exception());
            forgetUncommitted(savedSeq, savedHash);
            try {
                m_db->run("ROLLBACK TO step");
                m_db->run("RELEASE step");
            } catch (const ErrorException &) {
                // The outer transaction's own rollback will undo it.
            }
            return error;
        }
    }
    try {
        SqlTransaction transaction(*m_db);
        LedgerTransaction ledgerTransaction(*this, actor, wallMs());
        work(ledgerTransaction);
        transaction.commit();
        return {};
    } catch (...) {
        // The transaction rolled back as it went out of scope.
        const Error error = errorOf(std::current_exception());
        forgetUncommitted(savedSeq, savedHash);
        return error;
    }
}

Ledger::Batch::Batch(Ledger &ledger)
    : m_scope(*ledger.m_db)
    , m_transaction(*ledger.m_db)
{
}

Status Ledger::writeState(const std::function<void(SqlDatabase &)> &work)
{
    const SqlDatabase::WriteScope writing(*m_db);
    try {
        SqlTransaction transaction(*m_db);
        work(*m_db);
        transaction.commit();
        return {};
    } catch (...) {
        return errorOf(std::current_exception());
    }
}

void Ledger::forgetUncommitted(qint64 savedSeq, const QByteArray &savedHash)
{
    m_deviceSeq = savedSeq;
    m_lastHash = savedHash;
    m_names.forget();
}

Event Ledger::appendLocal(Event event)
{
    HlcTimestamp hlc = m_clock.now();
    // After everything its aggregate holds, even an event from a device whose clock runs ahead
    // (the clock does not follow those all the way): a case's steps fold in the order they were
    // taken, and the read tables, folded one event at a time, stay what a fresh fold gives.
    SqlStatement &lastOf = m_db->cached(
        "Ledger::appendLocal", "SELECT last_hlc FROM aggregates WHERE type = ?1 AND id = ?2 AND version > 0");
    lastOf.bind(1, static_cast<int>(event.aggregateType));
    storedform::bindId(lastOf, 2, event.aggregateId);
    const std::optional<qint64> last = lastOf.first([](const SqlStatement &row) { return row.int64(0); });
    if (last && *last >= hlc.value) {
        hlc = HlcTimestamp {*last + 1};
        m_clock.observe(hlc);
    }
    event.id = Uuid7::generate(hlc.millis());
    event.device = m_device.id;
    event.deviceSeq = m_deviceSeq + 1;
    event.hlc = hlc;
    event.prevHash = m_lastHash;
    event.hash = event.computeHash();
    const qint64 aggregate = storeEvent(event, true);
    m_deviceSeq = event.deviceSeq;
    m_lastHash = event.hash;
    foldInto(*m_db, event);
    trackAggregateIn(*m_db, aggregate, event);
    return event;
}

qint64 Ledger::storeEvent(const Event &event, bool local)
{
    const qint64 aggregate = aggregateRid(event.aggregateType, event.aggregateId, true);
    const qint64 ownMs = event.hlc.millis();
    const qint64 device = m_names.idOf(event.device);
    // prev_hash is kept only where the chain cannot be read from the predecessor: an event from
    // elsewhere whose predecessor has not arrived (a scoped sync skips events), or differs.
    bool chained = event.deviceSeq == 1 && event.prevHash.isEmpty();
    if (local) {
        chained = true;
    } else if (event.deviceSeq > 1) {
        SqlStatement &previous = m_db->cached("Ledger::storeEvent/read events by device",
            "SELECT hash FROM events WHERE device = ?1 AND device_seq = ?2");
        previous.bind(1, device).bind(2, event.deviceSeq - 1);
        chained = previous.next() && previous.blob(0) == event.prevHash;
        previous.reset();
    }
    SqlStatement &insert = m_db->cached("Ledger::storeEvent/insert events",
        "INSERT INTO events (id, aggregate, type, payload, actor, device, device_seq, hlc, "
        "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bindBlob(1, storedform::compactEventId(event.id, ownMs))
        .bind(2, aggregate)
        .bind(3, m_names.idOf(event.type))
        .bindBlob(4, storedform::encodePayload(event.payload, m_names, ownMs))
        .bind(5, m_names.idOf(event.actor))
        .bind(6, device)
        .bind(7, event.deviceSeq)
        .bind(8, event.hlc.value);
    if (chained)
        insert.bindNull(9);
    else
        insert.bindBlob(9, event.prevHash);
    insert.bindBlob(10, event.hash);
    insert.run();
    return aggregate;
}

// Folds one event a batch brought in a savepoint of the batch: a projection that throws on it (an
// event no rule of it foresaw) leaves the event stored, its fold undone, and the batch goes on.
// Refusing the batch would refuse it at every sync, since the cursor never passes it.
void Ledger::foldApart(const Event &event)
{
    m_db->run("SAVEPOINT fold");
    try {
        foldInto(*m_db, event);
        m_db->run("RELEASE fold");
    } catch (const ErrorException &failed) {
        try {
            m_db->run("ROLLBACK TO fold");
            m_db->run("RELEASE fold");
        } catch (const ErrorException &) {
            throw failed; // the transaction itself is gone: the batch is refused
        }
        qWarning().noquote() << "event" << event.device << event.deviceSeq << event.type
                             << "is stored but its fold failed:" << failed.error().message;
    }
}

void Ledger::foldInto(SqlDatabase &db, const Event &event)
{
    if (Projection *projection = projectionFor(event.aggregateType))
        projection->apply(db, event);
}

Result<int> Ledger::ingest(
    const QList<Event> &events, const std::function<void(SqlDatabase &)> &alsoInTransaction)
{
    return ingest(events, {}, alsoInTransaction);
}

Result<int> Ledger::ingest(const QList<Event> &events, const QList<AggregateRef> &drops,
    const std::function<void(SqlDatabase &)> &alsoInTransaction)
{
    const SqlDatabase::WriteScope writing(*m_db);
    // The whole batch is refused for one bad event: a sync retries it, a person reads why.
    const auto refuse = [](ErrorKind kind, const char *text, const Event &event) {
        return ErrorException({kind,
            QCoreApplication::translate("tz::Ledger", text).arg(event.device).arg(event.deviceSeq), {}});
    };
    try {
        SqlTransaction transaction(*m_db);
        // Cases' text goes to the index after the batch: indexed one case at a time, each
        // statement that follows would flush the index's pending segment again.
        textbacklog::setDeferred(*m_db, true);
        QSet<QPair<int, QString>> toRefold;
        int added = 0;
        for (const Event &event : events) {
            if (event.id.size() != 16 || event.hash.size() != Event::kHashSize || event.deviceSeq < 1)
                throw refuse(ErrorKind::Invalid,
                    QT_TRANSLATE_NOOP("tz::Ledger",
                        "An event from device %1 (number %2) is malformed; nothing "
                        "was stored."),
                    event);
            SqlStatement &exists = m_db->cached("Ledger::ingest/read events by device",
                "SELECT id, hlc FROM events WHERE device = ?1 AND device_seq = ?2");
            exists.bind(1, m_names.idOf(event.device)).bind(2, event.deviceSeq);
            const std::optional<QByteArray> known = exists.first([](const SqlStatement &row) {
                return storedform::expandEventId(row.blob(0), HlcTimestamp {row.int64(1)}.millis());
            });
            if (known && *known == event.id)
                continue;
            if (known)
                throw refuse(ErrorKind::Conflict,
                    QT_TRANSLATE_NOOP("tz::Ledger",
                        "Device %1 sent a different event under number %2 than the one stored; "
                        "nothing was stored."),
                    event);
            if (event.computeHash() != event.hash)
                throw refuse(ErrorKind::Corrupt,
                    QT_TRANSLATE_NOOP("tz::Ledger",
                        "An event from device %1 (number %2) does not match its hash; nothing "
                        "was stored."),
                    event);
            const qint64 aggregate = storeEvent(event, false);
            ++added;
            m_clock.observe(event.hlc);
            if (event.device == m_device.id && event.deviceSeq > m_deviceSeq) {
                m_deviceSeq = event.deviceSeq;
                m_lastHash = event.hash;
            }
            const QPair<int, QString> key(static_cast<int>(event.aggregateType), event.aggregateId);
            if (toRefold.contains(key))
                continue;
            // A dropped aggregate that is sent again came back into scope: fold it afresh from
            // every event, those kept from before included.
            SqlStatement &undrop = m_db->cached(
                "Ledger::ingest/delete dropped_aggregates", "DELETE FROM dropped_aggregates WHERE rid = ?1");
            undrop.bind(1, aggregate).run();
            if (m_db->changes() > 0) {
                toRefold.insert(key);
                continue;
            }
            SqlStatement &last = m_db->cached("Ledger::ingest/read aggregates by rid",
                "SELECT last_hlc, last_device, last_seq FROM aggregates WHERE rid = ?1 AND version > 0");
            last.bind(1, aggregate);
            bool isNewest = true;
            if (last.next()) {
                Event folded;
                folded.hlc = HlcTimestamp {last.int64(0)};
                folded.device = m_names.valueOf(last.int64(1));
                folded.deviceSeq = last.int64(2);
                isNewest = folded.foldsBefore(event);
            }
            last.reset();
            if (isNewest) {
                foldApart(event);
                trackAggregateIn(*m_db, aggregate, event);
            } else {
                toRefold.insert(key);
            }
        }
        for (const auto &key : std::as_const(toRefold))
            refold(static_cast<AggregateType>(key.first), key.second);
        for (const AggregateRef &aggregate : drops)
            drop(aggregate);
        textbacklog::setDeferred(*m_db, false);
        // A sync's usual handful is indexed now; a first sync's thousands wait for the backlog.
        if (textbacklog::atMost(*m_db, kInlineTextIndex))
            textbacklog::work(*m_db, kInlineTextIndex);
        if (alsoInTransaction)
            alsoInTransaction(*m_db);
        transaction.commit();
        return added;
    } catch (const ErrorException &e) {
        m_names.forget();
        return e.error();
    }
}

void Ledger::refold(AggregateType type, const QString &aggregateId)
{
    if (Projection *projection = projectionFor(type))
        projection->clear(*m_db, aggregateId);
    const qint64 aggregate = aggregateRid(type, aggregateId, false);
    m_db->cached("Ledger::refold",
            "UPDATE aggregates SET version = 0, last_hlc = NULL, last_device = NULL, last_seq = NULL "
            "WHERE rid = ?1")
        .bind(1, aggregate)
        .run();
    for (const Event &event : events(type, aggregateId)) {
        foldApart(event);
        trackAggregateIn(*m_db, aggregate, event);
    }
}

void Ledger::drop(const AggregateRef &aggregate)
{
    const qint64 rid = aggregateRid(aggregate.type, aggregate.id, false);
    if (rid == 0)
        return; // never held here
    if (Projection *projection = projectionFor(aggregate.type))
        projection->clear(*m_db, aggregate.id);
    m_db->cached("Ledger::drop/update aggregates.version",
            "UPDATE aggregates SET version = 0, last_hlc = NULL, last_device = NULL, last_seq = NULL "
            "WHERE rid = ?1")
        .bind(1, rid)
        .run();
    m_db->cached("Ledger::drop/insert dropped_aggregates",
            "INSERT OR REPLACE INTO dropped_aggregates (rid, dropped_ms) VALUES (?1, ?2)")
        .bind(1, rid)
        .bind(2, wallMs())
        .run();
}

bool Ledger::isDropped(AggregateType type, const QString &aggregateId)
{
    const qint64 rid = aggregateRid(type, aggregateId, false);
    return rid != 0
        && m_db->cached("Ledger::isDropped", "SELECT 1 FROM dropped_aggregates WHERE rid = ?1")
               .bind(1, rid)
               .first([](const SqlStatement &) { return true; })
               .has_value();
}

} // namespace tz
