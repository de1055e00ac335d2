// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "deviceauth.h"

#include "core/common/error.h"
#include "core/ledger/event.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tz::server {

class StoreDatabase;

// Where an attachment's upload stands, or a piece of its bytes.
struct FilePiece
{
    qint64 size = 0; // the whole file
    qint64 offset = 0; // where `data` starts (an upload: how much the server holds)
    QByteArray data;
    bool complete = false;
};

// Attachments, by the hex SHA-256 of their bytes (`files`, `file_pieces`), and which records refer
// to them (`file_refs`, noted at push). A device may send or fetch one only when a case of its
// scope refers to it.
class FileStore
{
public:
    explicit FileStore(StoreDatabase &database);

    // The attachments (hex SHA-256) a case event refers to.
    [[nodiscard]] static QStringList attachmentsOf(const Event &event);

    // put: `data` written at `offset` when that is exactly what the server holds (a resumed
    // upload), then what it holds; the last piece is checked against the hash (an Invalid error,
    // and the bytes forgotten, when they differ).
    [[nodiscard]] Result<FilePiece> putFile(
        const DeviceAuth &device, const QString &hash, qint64 size, qint64 offset, const QByteArray &data);
    // Up to `maxBytes` of a file the server holds whole, from `offset`.
    [[nodiscard]] Result<FilePiece> getFile(
        const DeviceAuth &device, const QString &hash, qint64 offset, qsizetype maxBytes);

    // Notes the files a pushed event refers to, inside the push's transaction; storage errors
    // throw. A file that only cases outside the device's scope hold is not given to it.
    void noteReferences(const DeviceAuth &device, const Event &event);
    // Notes that a record refers to a file.
    void noteReference(const QString &hash, int aggregateType, const QString &aggregateId);

private:
    // Whether a case of the device's scope refers to the file (a NotFound or Forbidden error
    // otherwise).
    Status checkFileScope(const DeviceAuth &device, const QString &hash, bool sending = false);

    StoreDatabase &m_db;
};

} // namespace tz::server
