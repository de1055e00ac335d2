// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/storedform.h"

#include "core/common/error.h"
#include "core/common/uuid.h"
#include "core/ledger/sqldatabase.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <sqlite3.h>

namespace tz {

NameDictionary::NameDictionary(SqlDatabase &db)
    : m_db(db)
{
}

qint64 NameDictionary::find(const QString &value)
{
    if (const auto it = m_ids.constFind(value); it != m_ids.cend())
        return it.value();
    SqlStatement &select = m_db.cached("NameDictionary::find", "SELECT id FROM names WHERE value = ?1");
    select.bind(1, value);
    const qint64 id = select.next() ? select.int64(0) : 0;
    select.reset();
    if (id > 0) {
        m_ids.insert(value, id);
        m_values.insert(id, value);
    }
    return id;
}

qint64 NameDictionary::idOf(const QString &value)
{
    if (const qint64 id = find(value); id > 0)
        return id;
    m_db.cached("NameDictionary::idOf", "INSERT INTO names (value) VALUES (?1)").bind(1, value).run();
    const qint64 id = m_db.lastInsertRowId();
    m_ids.insert(value, id);
    m_values.insert(id, value);
    return id;
}

QString NameDictionary::valueOf(qint64 id)
{
    if (const auto it = m_values.constFind(id); it != m_values.cend())
        return it.value();
    SqlStatement &select = m_db.cached("NameDictionary::valueOf", "SELECT value FROM names WHERE id = ?1");
    select.bind(1, id);
    const bool found = select.next();
    const QString value = found ? select.text(0) : QString();
    select.reset();
    if (!found)
        throw ErrorException({ErrorKind::Corrupt,
            QCoreApplication::translate("tz::Ledger",
                "An event refers to name number %1, which the ledger "
                "does not hold.")
                .arg(id),
            {}});
    m_ids.insert(value, id);
    m_values.insert(id, value);
    return value;
}

void NameDictionary::forget()
{
    m_ids.clear();
    m_values.clear();
}

namespace storedform {
namespace {

QByteArray canonicalUuid(QStringView text)
{
    if (text.size() != 36)
        return {};
    QByteArray bytes = Uuid7::fromString(text);
    if (bytes.isEmpty() || Uuid7::toString(bytes) != text)
        return {};
    return bytes;
}

// Walks a payload one way or the other with the dictionary and the event's own time.
struct Codec
{
    NameDictionary &names;
    qint64 ownMs;

    QCborMap encodeObject(const QJsonObject &object) const;
    QCborValue encodeValue(const QJsonValue &value) const;
    QJsonObject decodeObject(const QCborMap &map) const;
    QJsonValue decodeValue(const QCborValue &value) const;
};

QCborMap Codec::encodeObject(const QJsonObject &object) const
{
    QCborMap map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(names.idOf(it.key()), encodeValue(it.value()));
    return map;
}

QCborValue Codec::encodeValue(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        if (const QByteArray uuid = canonicalUuid(text); !uuid.isEmpty())
            return QCborValue(QUuid::fromRfc4122(uuid));
        return QCborValue(text);
    }
    case QJsonValue::Object:
        return encodeObject(value.toObject());
    case QJsonValue::Array: {
        QCborArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(encodeValue(item));
        return array;
    }
    default: {
        QCborValue cbor = QCborValue::fromJsonValue(value);
        // JSON has no "undefined", so it can stand for the event's own time without ambiguity.
        if (cbor.isInteger() && cbor.toInteger() == ownMs)
            return QCborValue(QCborValue::Undefined);
        return cbor;
    }
    }
}

QJsonObject Codec::decodeObject(const QCborMap &map) const
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(names.valueOf(it.key().toInteger()), decodeValue(it.value()));
    return object;
}

QJsonValue Codec::decodeValue(const QCborValue &value) const
{
    if (value.isUuid())
        return Uuid7::toString(value.toUuid().toRfc4122());
    if (value.isUndefined())
        return QJsonValue(ownMs);
    if (value.isMap())
        return decodeObject(value.toMap());
    if (value.isArray()) {
        QJsonArray array;
        for (const QCborValue &item : value.toArray())
            array.append(decodeValue(item));
        return array;
    }
    return value.toJsonValue();
}

QByteArray timePrefix(qint64 ms)
{
    QByteArray prefix(6, '\0');
    for (int i = 5; i >= 0; --i) {
        prefix[i] = static_cast<char>(ms & 0xFF);
        ms >>= 8;
    }
    return prefix;
}

} // namespace

QByteArray encodePayload(const QJsonObject &payload, NameDictionary &names, qint64 ownMs)
{
    return Codec {names, ownMs}.encodeObject(payload).toCborValue().toCbor();
}

QJsonObject decodePayload(const QByteArray &stored, NameDictionary &names, qint64 ownMs)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(stored, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        throw ErrorException({ErrorKind::Corrupt,
            QCoreApplication::translate("tz::Ledger", "An event's stored content cannot be read (%1).")
                .arg(error.errorString()),
            {}});
    return Codec {names, ownMs}.decodeObject(value.toMap());
}

QByteArray compactEventId(const QByteArray &id, qint64 ownMs)
{
    if (id.size() == 16 && id.startsWith(timePrefix(ownMs)))
        return id.mid(6);
    return id;
}

QByteArray expandEventId(const QByteArray &stored, qint64 ownMs)
{
    return stored.size() == 10 ? timePrefix(ownMs) + stored : stored;
}

void bindId(SqlStatement &statement, int index, const QString &id)
{
    if (const QByteArray uuid = canonicalUuid(id); !uuid.isEmpty())
        statement.bindBlob(index, uuid);
    else
        statement.bind(index, id);
}

QString readId(const SqlStatement &statement, int column)
{
    if (statement.isBlob(column))
        return Uuid7::toString(statement.blob(column));
    return statement.text(column);
}

Event readEvent(const SqlStatement &row, NameDictionary &names)
{
    Event event;
    event.seq = row.int64(0);
    event.hlc = HlcTimestamp {row.int64(9)};
    event.id = expandEventId(row.blob(1), event.hlc.millis());
    event.aggregateType = static_cast<AggregateType>(row.int32(2));
    event.aggregateId = readId(row, 3);
    event.type = names.valueOf(row.int64(4));
    event.payload = decodePayload(row.blob(5), names, event.hlc.millis());
    event.actor = names.valueOf(row.int64(6));
    event.device = names.valueOf(row.int64(7));
    event.deviceSeq = row.int64(8);
    event.prevHash = row.blob(10);
    event.hash = row.blob(11);
    return event;
}

namespace {

void keyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QString id = QString::fromUtf8(text, sqlite3_value_bytes(argv[0]));
    const QByteArray uuid = canonicalUuid(id);
    if (uuid.isEmpty())
        sqlite3_result_value(context, argv[0]);
    else
        sqlite3_result_blob(context, uuid.constData(), 16, SQLITE_TRANSIENT);
}

void keyTextFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB || sqlite3_value_bytes(argv[0]) != 16) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const QByteArray bytes(static_cast<const char *>(sqlite3_value_blob(argv[0])), 16);
    const QByteArray text = Uuid7::toString(bytes).toLatin1();
    sqlite3_result_text(context, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

} // namespace

bool registerFunctions(sqlite3 *db)
{
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(db, "tz_key", 1, flags, nullptr, keyFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(
               db, "tz_key_text", 1, flags, nullptr, keyTextFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace storedform
} // namespace tz
