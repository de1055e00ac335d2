// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace tz {

class SyncService;

// The status bar's sync corner: offline / syncing / when it last synced and how many events wait
// to be sent, with a button that syncs now (or connects to a server first).
class SyncStatus : public QWidget
{
    Q_OBJECT
public:
    SyncStatus(SyncService &sync, QWidget *parent = nullptr);
    void refresh();
    // Cases still waiting for the search index after a large sync (shown until 0).
    void setIndexing(qint64 remaining);
    // Syncs now, or asks for a server and a code when there is none.
    void act();

private:
    SyncService &m_sync;
    QLabel *m_text = nullptr;
    QToolButton *m_button = nullptr;
    qint64 m_indexing = 0;
};

} // namespace tz
