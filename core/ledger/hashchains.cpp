// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/hashchains.h"

#include "core/common/uuid.h"
#include "core/ledger/event.h"
#include "core/ledger/eventcolumns.h"
#include "core/ledger/sha256.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/storedform.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <exception>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace tz::hashchains {
namespace {

// What Event::computeHash() hashes, written straight from an event's stored row: the fields
// storedform::readEvent() would make of it, each as the bytes computeHash() takes (a 32-bit size,
// then the bytes), the payload as the JSON text QJsonDocument writes of the object the stored
// CBOR decodes to. Everything read back through QString or QJsonObject there is either written
// here to the same bytes or left to that general path (a `false` below).

constexpr qint64 kMaxInteger = std::numeric_limits<qint64>::max();
constexpr int kMaxDepth = 64; // nested payloads deeper than this go the general way

// A name of the row's ledger (event type, actor, device, payload key) as the hash input holds it.
struct NameBytes
{
    QByteArray utf8;
    bool plainKey = false; // printable ASCII that JSON writes as it is: such keys sort by their bytes
};

class NameBytesCache
{
public:
    explicit NameBytesCache(NameDictionary &names)
        : m_names(names)
    {
    }

    // Nothing for a number the dictionary lacks: the general path says so in its own words.
    const NameBytes *find(qint64 id)
    {
        // Numbers are small (names are few): most are found by index.
        const bool small = id >= 0 && id < kIndexed;
        if (small && static_cast<size_t>(id) < m_indexed.size() && m_indexed[static_cast<size_t>(id)])
            return m_indexed[static_cast<size_t>(id)];
        if (const auto it = m_bytes.find(id); it != m_bytes.end())
            return &it->second;
        QString value;
        try {
            value = m_names.valueOf(id);
        } catch (const ErrorException &) {
            return nullptr;
        }
        NameBytes bytes;
        bytes.utf8 = value.toUtf8();
        bytes.plainKey = std::all_of(bytes.utf8.cbegin(), bytes.utf8.cend(),
            [](char c) { return c >= 0x20 && c <= 0x7E && c != '"' && c != '\\'; });
        const NameBytes *found
            = &m_bytes.emplace(id, std::move(bytes)).first->second; // node-based: stays put
        if (small) {
            if (static_cast<size_t>(id) >= m_indexed.size())
                m_indexed.resize(static_cast<size_t>(id) + 1);
            m_indexed[static_cast<size_t>(id)] = found;
        }
        return found;
    }

private:
    static constexpr qint64 kIndexed = 1 << 16;
    NameDictionary &m_names;
    std::unordered_map<qint64, NameBytes> m_bytes;
    std::vector<const NameBytes *> m_indexed;
};

// A number in decimal, as QByteArray::number() writes it.
struct Decimal
{
    explicit Decimal(qint64 value)
        : size(std::to_chars(text, text + sizeof text, value).ptr - text)
    {
    }
    char text[24];
    qsizetype size;
};

void appendNumber(std::string &out, qint64 value)
{
    const Decimal decimal(value);
    out.append(decimal.text, static_cast<size_t>(decimal.size));
}

// The number of bytes of the well-formed UTF-8 sequence at `s` (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF), 0 when it is not one.
int utf8Sequence(const unsigned char *s, const unsigned char *end)
{
    const auto follows = [s, end](int i, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return end - s > i && s[i] >= low && s[i] <= high;
    };
    const unsigned char c = s[0];
    if (c >= 0xC2 && c <= 0xDF)
        return follows(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const bool second = c == 0xE0 ? follows(1, 0xA0) : c == 0xED ? follows(1, 0x80, 0x9F) : follows(1);
        return second && follows(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const bool second = c == 0xF0 ? follows(1, 0x90) : c == 0xF4 ? follows(1, 0x80, 0x8F) : follows(1);
        return second && follows(2) && follows(3) ? 4 : 0;
    }
    return 0;
}

// A stored payload (storedform::encodePayload's CBOR) as the JSON text of what it decodes to.
class PayloadJson
{
public:
    PayloadJson(NameBytesCache &names, std::string &out)
        : m_names(names)
        , m_out(out)
    {
    }

    bool write(const QByteArray &stored, qint64 ownMs)
    {
        m_at = reinterpret_cast<const unsigned char *>(stored.constData());
        m_end = m_at + stored.size();
        m_ownMs = ownMs;
        Head head;
        // One map and nothing after it (Qt's reader would ignore what follows; left to it).
        return next(head) && head.major == 5 && object(head.argument, 1) && m_at == m_end;
    }

private:
    struct Head
    {
        int major = 0;
        int info = 0;
        quint64 argument = 0;
    };

    // Reads an item's first byte and its argument. Indefinite lengths, reserved values and
    // numbers not in their shortest form (Qt writes none of them) go the general way.
    bool next(Head &head)
    {
        if (m_at == m_end)
            return false;
        const unsigned char initial = *m_at++;
        head.major = initial >> 5;
        head.info = initial & 0x1F;
        if (head.info < 24) {
            head.argument = static_cast<quint64>(head.info);
            return true;
        }
        if (head.info > 27)
            return false;
        const int size = 1 << (head.info - 24);
        if (m_end - m_at < size)
            return false;
        quint64 value = 0;
        for (int i = 0; i < size; ++i)
            value = value << 8 | *m_at++;
        static constexpr quint64 kShortest[] = {24, 0x100, 0x10000, 0x100000000};
        head.argument = value;
        return value >= kShortest[head.info - 24];
    }

    bool value(int depth)
    {
        Head head;
        if (!next(head))
            return false;
        switch (head.major) {
        case 0: // integers Qt keeps as qint64
            if (head.argument > static_cast<quint64>(kMaxInteger))
                return false;
            appendNumber(m_out, static_cast<qint64>(head.argument));
            return true;
        case 1:
            if (head.argument > static_cast<quint64>(kMaxInteger))
                return false;
            appendNumber(m_out, -1 - static_cast<qint64>(head.argument));
            return true;
        case 3:
            return text(head.argument);
        case 4:
            return array(head.argument, depth + 1);
        case 5:
            return object(head.argument, depth + 1);
        case 6: // a UUID (tag 37 on 16 bytes) reads back as its canonical text
            return head.argument == 37 && uuid();
        case 7:
            switch (head.info) {
            case 20:
                m_out += "false";
                return true;
            case 21:
                m_out += "true";
                return true;
            case 22:
                m_out += "null";
                return true;
            case 23: // undefined: the event's own time
                appendNumber(m_out, m_ownMs);
                return true;
            default: // floating point, other simple values
                return false;
            }
        default: // byte strings
            return false;
        }
    }

    // QJsonObject keeps its keys in order of their text, and the stored map lists them in the
    // order the encoder read them from one: a map whose keys are not plain and strictly rising
    // (out of order, twice) goes the general way.
    bool object(quint64 entries, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        m_out += '{';
        const NameBytes *previous = nullptr;
        for (quint64 i = 0; i < entries; ++i) {
            Head key;
            if (!next(key) || key.major != 0 || key.argument > static_cast<quint64>(kMaxInteger))
                return false;
            const NameBytes *name = m_names.find(static_cast<qint64>(key.argument));
            if (!name || !name->plainKey || (previous && !(previous->utf8 < name->utf8)))
                return false;
            if (i > 0)
                m_out += ',';
            m_out += '"';
            m_out.append(name->utf8.constData(), static_cast<size_t>(name->utf8.size()));
            m_out += "\":";
            if (!value(depth))
                return false;
            previous = name;
        }
        m_out += '}';
        return true;
    }

    bool array(quint64 items, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        m_out += '[';
        for (quint64 i = 0; i < items; ++i) {
            if (i > 0)
                m_out += ',';
            if (!value(depth))
                return false;
        }
        m_out += ']';
        return true;
    }

    bool uuid()
    {
        Head head;
        if (!next(head) || head.major != 2 || head.argument != 16 || m_end - m_at < 16)
            return false;
        char text[Uuid7::kTextSize];
        Uuid7::writeText(m_at, text);
        m_at += 16;
        m_out += '"';
        m_out.append(text, sizeof text);
        m_out += '"';
        return true;
    }

    // Well-formed UTF-8 is copied, escaped as QJsonDocument escapes it; anything else is left to
    // Qt's reader, and so is a text that starts with a byte order mark (Qt drops it).
    bool text(quint64 size)
    {
        if (static_cast<quint64>(m_end - m_at) < size)
            return false;
        const unsigned char *s = m_at;
        const unsigned char *const end = m_at + size;
        if (size >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
            return false;
        m_at = end;
        m_out += '"';
        while (s < end) {
            const unsigned char *plain = s;
            while (s < end && *s >= 0x20 && *s < 0x80 && *s != '"' && *s != '\\')
                ++s;
            m_out.append(reinterpret_cast<const char *>(plain), static_cast<size_t>(s - plain));
            if (s == end)
                break;
            if (*s >= 0x80) {
                const int length = utf8Sequence(s, end);
                if (length == 0)
                    return false;
                m_out.append(reinterpret_cast<const char *>(s), static_cast<size_t>(length));
                s += length;
                continue;
            }
            escape(*s++);
        }
        m_out += '"';
        return true;
    }

    void escape(unsigned char c)
    {
        m_out += '\\';
        switch (c) {
        case '"':
            m_out += '"';
            break;
        case '\\':
            m_out += '\\';
            break;
        case '\b':
            m_out += 'b';
            break;
        case '\f':
            m_out += 'f';
            break;
        case '\n':
            m_out += 'n';
            break;
        case '\r':
            m_out += 'r';
            break;
        case '\t':
            m_out += 't';
            break;
        default: {
            static constexpr char digits[] = "0123456789abcdef";
            m_out += "u00";
            m_out += digits[c >> 4];
            m_out += digits[c & 0x0F];
        }
        }
    }

    NameBytesCache &m_names;
    std::string &m_out;
    const unsigned char *m_at = nullptr;
    const unsigned char *m_end = nullptr;
    qint64 m_ownMs = 0;
};

// Computes events' hashes from their stored rows (TZ_EVENT_COLUMNS_STORED_PREV), reusing one
// buffer for the hashed bytes.
class StoredHasher
{
public:
    explicit StoredHasher(NameDictionary &names)
        : m_names(names)
        , m_payload(m_names, m_input)
    {
        m_input.reserve(4096);
    }

    // The hash Event::computeHash() gives for storedform::readEvent(row) with `prevHash`, or
    // false when the row holds what only the general path reads.
    bool hash(const SqlStatement &row, const QByteArray &prevHash, QByteArray &hash)
    {
        const NameBytes *type = m_names.find(row.int64(4));
        const NameBytes *actor = m_names.find(row.int64(6));
        const NameBytes *device = m_names.find(row.int64(7));
        if (!type || !actor || !device)
            return false;
        const qint64 hlc = row.int64(9);
        const qint64 ownMs = HlcTimestamp {hlc}.millis();
        m_input.clear();
        // The id, expanded as storedform::expandEventId() does.
        const QByteArray id = row.blob(1);
        if (id.size() == 10) {
            char prefix[6];
            qint64 ms = ownMs;
            for (int i = 5; i >= 0; --i) {
                prefix[i] = static_cast<char>(ms & 0xFF);
                ms >>= 8;
            }
            size(16);
            m_input.append(prefix, sizeof prefix);
            m_input.append(id.constData(), 10);
        } else {
            field(id.constData(), id.size());
        }
        number(static_cast<int>(row.int64(2)));
        // The aggregate's id as storedform::readId() reads it.
        if (row.isBlob(3)) {
            const QByteArray bytes = row.blob(3);
            if (bytes.size() == 16) {
                char text[Uuid7::kTextSize];
                Uuid7::writeText(reinterpret_cast<const unsigned char *>(bytes.constData()), text);
                field(text, sizeof text);
            } else {
                field(nullptr, 0); // Uuid7::toString() of anything else is empty
            }
        } else {
            const QByteArray text = row.text(3).toUtf8();
            field(text.constData(), text.size());
        }
        field(type->utf8.constData(), type->utf8.size());
        const size_t payloadAt = m_input.size();
        size(0);
        if (!m_payload.write(row.blob(5), ownMs))
            return false;
        const quint32 payloadSize = static_cast<quint32>(m_input.size() - payloadAt - sizeof(quint32));
        std::memcpy(m_input.data() + payloadAt, &payloadSize, sizeof payloadSize);
        field(actor->utf8.constData(), actor->utf8.size());
        field(device->utf8.constData(), device->utf8.size());
        number(row.int64(8));
        number(hlc);
        field(prevHash.constData(), prevHash.size());

        unsigned char digest[sha256::kDigestSize];
        sha256::digest(m_input.data(), m_input.size(), digest);
        hash = QByteArray(reinterpret_cast<const char *>(digest), Event::kHashSize);
        return true;
    }

private:
    void size(qsizetype bytes)
    {
        const quint32 value = static_cast<quint32>(bytes);
        m_input.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void field(const char *data, qsizetype bytes)
    {
        size(bytes);
        if (bytes > 0)
            m_input.append(data, static_cast<size_t>(bytes));
    }
    void number(qint64 value)
    {
        const Decimal decimal(value);
        field(decimal.text, decimal.size);
    }

    NameBytesCache m_names;
    std::string m_input;
    PayloadJson m_payload;
};

// A problem found, where the walk in (device, device sequence) order would have met it.
struct Finding
{
    qint64 device = 0;
    qint64 deviceSeq = 0;
    int order = 0; // within one event: its number, its hash, its link
    QString text;

    [[nodiscard]] bool before(const Finding &other) const
    {
        return std::tie(device, deviceSeq, order) < std::tie(other.device, other.deviceSeq, other.order);
    }
};

// At most this many problems are told (the first in order): a copy whose every event is wrong
// costs no more memory than that.
constexpr size_t kMaxFindings = 1000;

// What one walk over a range of the events found.
struct RangeWalk
{
    qint64 events = 0;
    qint64 general = 0;
    QSet<qint64> devices;
    std::vector<Finding> findings; // a heap of the first kMaxFindings, the last of them on top
    std::exception_ptr failed; // the walk stopped here

    void found(qint64 device, qint64 deviceSeq, int order, const std::function<QString()> &text)
    {
        const auto inOrder = [](const Finding &a, const Finding &b) { return a.before(b); };
        Finding finding {device, deviceSeq, order, {}};
        if (findings.size() == kMaxFindings) {
            if (!finding.before(findings.front()))
                return;
            std::pop_heap(findings.begin(), findings.end(), inOrder);
            findings.pop_back();
        }
        finding.text = text();
        findings.push_back(std::move(finding));
        std::push_heap(findings.begin(), findings.end(), inOrder);
    }
};

// Walks the events whose seq lies in [from, to] in the order they are stored. An event's
// predecessor is the one numbered just before it on its device: read in this walk already, or
// looked up.
void walkRange(SqlDatabase &db, NameDictionary &names, qint64 from, qint64 to, RangeWalk &walk)
{
    try {
        StoredHasher hasher(names);
        SqlStatement &rows = db.cached("hashchains::walkRange",
            "SELECT " TZ_EVENT_COLUMNS_STORED_PREV " FROM " TZ_EVENT_FROM
            " WHERE e.seq BETWEEN ?1 AND ?2 ORDER BY e.seq");
        SqlStatement &stored = db.cached("hashchains::walkRange/predecessor",
            "SELECT hash FROM events WHERE device = ?1 AND device_seq = ?2");
        rows.bind(1, from).bind(2, to);
        // Per device, the number and hash of the last event read.
        QHash<qint64, std::pair<qint64, QByteArray>> last;
        QByteArray computed;
        while (rows.next()) {
            ++walk.events;
            const qint64 device = rows.int64(7);
            const qint64 deviceSeq = rows.int64(8);
            const QByteArray hash = rows.blob(11);
            std::optional<QByteArray> predecessor;
            if (deviceSeq > std::numeric_limits<qint64>::min()) {
                const auto known = last.constFind(device);
                if (known != last.cend() && known->first == deviceSeq - 1) {
                    predecessor = known->second;
                } else {
                    stored.bind(1, device).bind(2, deviceSeq - 1);
                    if (stored.next())
                        predecessor = stored.blob(0);
                    stored.reset();
                }
            }
            // Stored without it: the predecessor's hash, when the predecessor is here.
            const bool storedPrev = !rows.isNull(kPrevHashColumn);
            const QByteArray prevHash
                = storedPrev ? rows.blob(kPrevHashColumn) : predecessor.value_or(QByteArray());
            if (!hasher.hash(rows, prevHash, computed)) {
                ++walk.general;
                Event event = storedform::readEvent(rows, names);
                event.prevHash = prevHash;
                computed = event.computeHash();
            }
            if (computed != hash)
                walk.found(device, deviceSeq, 1, [&] {
                    return QCoreApplication::translate("tz::Ledger", "event %1/%2 does not match its hash")
                        .arg(names.valueOf(device))
                        .arg(deviceSeq);
                });
            if (storedPrev && predecessor && deviceSeq - 1 > 0 && prevHash != *predecessor)
                walk.found(device, deviceSeq, 2, [&] {
                    return QCoreApplication::translate(
                        "tz::Ledger", "event %1/%2 is not chained to the one before it")
                        .arg(names.valueOf(device))
                        .arg(deviceSeq);
                });
            last.insert(device, {deviceSeq, hash});
        }
        rows.reset();
        for (auto it = last.cbegin(); it != last.cend(); ++it)
            walk.devices.insert(it.key());
    } catch (...) {
        walk.failed = std::current_exception();
    }
}

// `ownDevice`'s events are numbered from 1 without a gap.
void checkNumbering(SqlDatabase &db, NameDictionary &names, const QString &ownDevice, RangeWalk &walk)
{
    const qint64 own = ownDevice.isEmpty() ? 0 : names.find(ownDevice);
    if (own <= 0)
        return;
    SqlStatement &numbers = db.cached(
        "hashchains::checkNumbering", "SELECT device_seq FROM events WHERE device = ?1 ORDER BY device_seq");
    numbers.bind(1, own);
    qint64 previous = 0;
    while (numbers.next()) {
        const qint64 deviceSeq = numbers.int64(0);
        if (previous == 0 && deviceSeq != 1)
            walk.found(own, deviceSeq, 0, [&] {
                return QCoreApplication::translate(
                    "tz::Ledger", "this device's events start at number %1, not 1")
                    .arg(deviceSeq);
            });
        else if (previous != 0 && deviceSeq != previous + 1)
            walk.found(own, deviceSeq, 0, [&] {
                return QCoreApplication::translate(
                    "tz::Ledger", "this device's events jump from number %1 to %2")
                    .arg(previous)
                    .arg(deviceSeq);
            });
        previous = deviceSeq;
    }
    numbers.reset();
}

// Tells the problems the walks found in (device, device sequence) order, then throws what
// stopped a walk, if anything did.
Walked report(std::vector<RangeWalk> &walks, const std::function<void(const QString &)> &problem)
{
    Walked walked;
    QSet<qint64> devices;
    std::vector<Finding> findings;
    for (RangeWalk &walk : walks) {
        walked.events += walk.events;
        walked.general += walk.general;
        devices.unite(walk.devices);
        std::move(walk.findings.begin(), walk.findings.end(), std::back_inserter(findings));
    }
    walked.devices = devices.size();
    std::sort(
        findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.before(b); });
    for (size_t i = 0; i < std::min(findings.size(), kMaxFindings); ++i)
        problem(findings[i].text);
    for (const RangeWalk &walk : walks) {
        if (walk.failed)
            std::rethrow_exception(walk.failed);
    }
    return walked;
}

} // namespace

Walked check(SqlDatabase &db, NameDictionary &names, const QString &ownDevice,
    const std::function<void(const QString &)> &problem)
{
    std::vector<RangeWalk> walks(1);
    walkRange(db, names, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), walks[0]);
    if (!walks[0].failed)
        checkNumbering(db, names, ownDevice, walks[0]);
    return report(walks, problem);
}

Walked checkFile(const QString &path, const std::function<void(const QString &)> &problem, int workers)
{
    // Fewer events than this are not worth another connection and thread (unless asked for).
    constexpr quint64 kLeastPerWorker = 20000;
    SqlDatabase first(path, SqlDatabase::Mode::ReadOnly);
    SqlStatement &bounds = first.cached("hashchains::checkFile", "SELECT MIN(seq), MAX(seq) FROM events");
    const auto range = bounds.first([](const SqlStatement &row) {
        return row.isNull(0) ? std::pair<qint64, qint64>(0, -1) : std::pair(row.int64(0), row.int64(1));
    });
    if (!range || range->second < range->first)
        return {};
    const auto [low, high] = *range;
    // Ranges of seq about as long as each other (seq is the rowid: most ledgers have no gaps).
    const quint64 width = static_cast<quint64>(high) - static_cast<quint64>(low); // one less than the seqs
    const quint64 seqs = width == std::numeric_limits<quint64>::max() ? width : width + 1;
    const quint64 wanted = workers > 0
        ? static_cast<quint64>(workers)
        : std::min<quint64>(std::thread::hardware_concurrency(), seqs / kLeastPerWorker);
    const quint64 count = std::clamp<quint64>(wanted, 1, std::min<quint64>(16, seqs));
    const quint64 step = width / count + 1;
    std::vector<std::pair<qint64, qint64>> ranges;
    for (quint64 start = 0;;) {
        const quint64 end = ranges.size() + 1 == count || width - start < step ? width : start + step - 1;
        ranges.emplace_back(static_cast<qint64>(static_cast<quint64>(low) + start),
            static_cast<qint64>(static_cast<quint64>(low) + end));
        if (end == width)
            break;
        start = end + 1;
    }
    std::vector<RangeWalk> walks(ranges.size());
    {
        std::vector<std::jthread> threads; // joined when they go out of scope, whatever happens
        std::vector<size_t> here {0};
        for (size_t i = 1; i < ranges.size(); ++i) {
            try {
                threads.emplace_back([&path, &range = ranges[i], &walk = walks[i]] {
                    try {
                        SqlDatabase db(path, SqlDatabase::Mode::ReadOnly);
                        NameDictionary names(db);
                        walkRange(db, names, range.first, range.second, walk);
                    } catch (...) {
                        walk.failed = std::current_exception();
                    }
                });
            } catch (const std::system_error &) {
                here.push_back(i); // no thread to be had: walked on this one
            }
        }
        NameDictionary names(first);
        for (const size_t i : here)
            walkRange(first, names, ranges[i].first, ranges[i].second, walks[i]);
    }
    return report(walks, problem);
}

} // namespace tz::hashchains
