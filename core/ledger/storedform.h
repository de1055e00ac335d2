// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/event.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

struct sqlite3;

namespace tz {

class SqlDatabase;
class SqlStatement;

// The ledger's dictionary of names that repeat in every event (devices, actors, event types,
// payload keys): each is stored once in the `names` table and referred to by its number. The
// numbers are local to one ledger file; nothing outside core/ledger ever sees them.
class NameDictionary
{
public:
    explicit NameDictionary(SqlDatabase &db);

    // The number of `value`, added to the dictionary (in the open transaction) when new.
    qint64 idOf(const QString &value);
    // The number of `value`, or 0 when the dictionary does not hold it.
    qint64 find(const QString &value);
    QString valueOf(qint64 id);
    // Forgets what was cached: after a rollback, numbers handed out inside it are gone.
    void forget();

private:
    SqlDatabase &m_db;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_values;
};

// How an event's fields are stored in the events table, and read back exactly.
namespace storedform {

// CBOR with dictionary numbers for keys, 16-byte UUIDs for UUID strings and one byte for an
// integer equal to the event's own time (`ownMs`, the HLC's milliseconds: "at" is usually that).
// Decodes to the very same JSON object, so hashes computed over the JSON do not change.
QByteArray encodePayload(const QJsonObject &payload, NameDictionary &names, qint64 ownMs);
QJsonObject decodePayload(const QByteArray &stored, NameDictionary &names, qint64 ownMs);

// A UUIDv7 event id whose time is the event's own (`ownMs`) is stored without it: 10 bytes.
QByteArray compactEventId(const QByteArray &id, qint64 ownMs);
QByteArray expandEventId(const QByteArray &stored, qint64 ownMs);

// A canonical lower-case UUID becomes 16 bytes, anything else (an org code, a date) stays text.
void bindId(SqlStatement &statement, int index, const QString &id);
QString readId(const SqlStatement &statement, int column);

// The event in a row of TZ_EVENT_COLUMNS (core/ledger/eventcolumns.h), with the names numbered
// as the row's ledger numbers them.
Event readEvent(const SqlStatement &row, NameDictionary &names);

// The same two conversions inside SQL, for read tables that key on ids stored this way:
// tz_key(text) gives the stored form, tz_key_text(stored) the text. Registered on every
// connection to a ledger; false when SQLite refused them.
bool registerFunctions(sqlite3 *db);

} // namespace storedform
} // namespace tz
