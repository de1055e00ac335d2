// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/common/progress.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tz {

class SqlDatabase;

struct FileSyncReport
{
    int sent = 0; // attachments the server now holds from this computer
    int fetched = 0; // attachments this computer now holds from the server
    int requests = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
};

// Attachments over sync, apart from the events that refer to them: each file travels by its
// SHA-256 in pieces (POST v1/file/put, v1/file/get), and a cut transfer goes on from the bytes
// already across, on either side. Blocking like SyncClient: run it on a worker thread (the
// desktop) or in a command-line tool. Reads the ledger only; keeps its marks beside the files
// ("<ledger>.files/sent/<hash>": the server holds it) and partial downloads as "<hash>.part".
class FileSync
{
    Q_DECLARE_TR_FUNCTIONS(tz::FileSync)

public:
    FileSync(
        const QString &ledgerPath, const QUrl &server, const QString &accessToken, int timeoutMs = 60000);

    // Sends the attachments this computer holds that the server may not (those added here: the
    // files beside the ledger not marked as sent).
    [[nodiscard]] Result<FileSyncReport> sendWaiting(const Progress &progress = {});
    // Fetches the attachments of open cases that this computer lacks, up to `maxBytes` in all.
    [[nodiscard]] Result<FileSyncReport> fetchForOpenCases(
        SqlDatabase &db, qint64 maxBytes, const Progress &progress = {});
    // Fetches one attachment ("sha256:<hex>") now (someone opens it): where it is on disk.
    // `progress` hears bytes so far and the size, and may stop it; what arrived is kept. An access
    // token that has ended is refused in words that say what to do (sync, then open it again).
    [[nodiscard]] Result<QString> fetch(const QString &ref, const Progress &progress = {});

private:
    Result<QCborMap> post(const QString &path, const QCborMap &body);
    Status send(const QString &hex, const Progress &progress);
    Result<qint64> download(const QString &hex, const Progress &progress);
    [[nodiscard]] QString sentMark(const QString &hex) const;
    [[nodiscard]] bool skippable(const Error &error) const;

    QString m_folder;
    QUrl m_server;
    QString m_access;
    int m_timeoutMs;
    int m_lastStatus = 0;
    FileSyncReport m_report;
};

} // namespace tz
