// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/ledger/event.h"
#include "core/ledger/ledger.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QList>

#include <optional>

// The sync protocol's bytes, shared by the desktop's sync client and taizhang-server. A request
// or a response is one CBOR map compressed with zlib; an event inside it is a CBOR map with small
// integer keys and its payload as the compact JSON its hash was computed over, so the bytes a
// device sent are the bytes every other device receives and checks.
namespace tz::wire {

// Limits that keep a hostile or broken peer from making the other side allocate without bound.
inline constexpr qsizetype kMaxBody = 8 * 1024 * 1024; // compressed request or response
inline constexpr qsizetype kMaxUnpacked = 64 * 1024 * 1024; // once decompressed
inline constexpr qsizetype kMaxPayload = 64 * 1024; // one event's JSON payload
inline constexpr qsizetype kMaxPayloadItems = 4096; // ',' ':' '[' '{' in one payload (see decodeEvent)
inline constexpr int kMaxEventsPerBatch = 20000;

// Keys of a request and a response map.
enum Key : int {
    Cursor = 1, // the last feed position the device has applied (request) / may store (response)
    Events = 2, // array of events (pushed, or pulled)
    Acks = 3, // for each pushed event, the server's global sequence for it
    More = 4, // true when the server holds more events for this device than it sent
    Code = 5, // enrollment: the one-time code
    Device = 6, // enrollment: the device's id
    Label = 7, // enrollment: the device's label
    Token = 8, // the device's secret: given at enrollment, shown to get an access token, rotated
    Scope = 9, // enrollment answer: the org unit the device is bound to
    Message = 10, // an error's text
    Checksum = 11, // request: events from other devices this device holds; answer: how many the
                   // server listed for its scope up to the request's cursor
    ServerTime = 12, // the server's wall clock, milliseconds since the epoch
    SnapshotId = 13, // a starting copy of the device's scope (POST /v1/snapshot)
    Chunk = 14, // the first chunk asked for / sent
    Size = 15, // the copy's ledger file, bytes
    Chunks = 16, // how many chunks it has
    Data = 17, // array of chunks, each zlib-compressed on its own (qCompress)
    Drops = 18, // array of [aggregate type, aggregate id]: aggregates that left the device's scope
    Access = 19, // a short-lived access token, the bearer of sync requests
    Expires = 20, // when it ends, server time in milliseconds since the epoch
    FileHash = 21, // an attachment: the hex SHA-256 of its bytes
    Offset = 22, // where a piece of an attachment starts (an upload's answer: bytes held)
    Complete = 23, // the server holds the whole attachment
    Refused = 24, // answer: array of [index in the pushed events, Refusal, detail]: events the
                  // server would not store (their ack is 0); the device sets them aside
};

// Why the server would not store one pushed event. The device says it in its user's language;
// the detail (the server's words, in English) is kept beside it for an administrator.
enum Refusal : int {
    RefusedOutsideScope = 1, // the record is outside the units this computer may write to
    RefusedSharedData = 2, // reference data (org tree, catalog, calendar) changes at the top only
    RefusedRole = 3, // the user named in it may not take this step
    RefusedUnknownUser = 4, // the user named in it is not one the server knows
    RefusedUnknownCase = 5, // a step on a case the server never saw registered
    RefusedLoginTaken = 6, // a new user whose login (or id) exists already
    RefusedNumberTaken = 7, // a new case under a number another case was registered with
    RefusedBrokenChain = 8, // its previous hash is not that of the device's event before it
};

// An attachment travels in pieces: up to kFilePiece bytes per upload request and kFileAnswer per
// download answer (plain CBOR: photos and scans do not compress).
inline constexpr qsizetype kFilePiece = 1024 * 1024;
inline constexpr qsizetype kFileAnswer = 4 * 1024 * 1024;

// A starting copy travels in chunks of this many bytes of its file; one answer carries chunks up
// to about kSnapshotAnswer bytes (compressed) and is sent as plain CBOR.
inline constexpr qsizetype kSnapshotChunk = 1024 * 1024;
inline constexpr qsizetype kSnapshotAnswer = 16 * 1024 * 1024;

QCborMap encodeEvent(const Event &event);
// The event in `value`, checked for shape and sizes (not yet for its hash); an Invalid error
// saying what is wrong otherwise.
Result<Event> decodeEvent(const QCborValue &value);
Result<QList<Event>> decodeEvents(const QCborArray &array);

// Aggregates to drop (after a batch's events), as a pull answer carries them.
QCborArray encodeDrops(const QList<AggregateRef> &drops);
Result<QList<AggregateRef>> decodeDrops(const QCborValue &value);

// Items a message may hold in all (every key, value and element counts), and how deep it may nest:
// a few bytes of CBOR can announce a 16-million-element array, which QCborValue would build.
inline constexpr qsizetype kMaxItems = 1000000;
inline constexpr int kMaxDepth = 16;

// The CBOR map in `cbor`, counted item by item before any of it is built: refused when it is not
// one well-formed map within kMaxItems and kMaxDepth.
std::optional<QCborMap> parseMap(const QByteArray &cbor);

// zlib over the CBOR encoding of `map`.
QByteArray pack(const QCborMap &map);
// The map in `body`, refusing bodies over the limits before allocating for them.
Result<QCborMap> unpack(const QByteArray &body);

} // namespace tz::wire
