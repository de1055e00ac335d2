// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tz {

class SyncService;
class Workspace;

// A new laptop's first screen: its ledger holds nobody who could sign in yet. The person types
// the county server's address and the one-time code the administrator gave for the unit; the
// dialog connects, downloads the unit's ledger (with progress; a cut goes on where it stopped
// at the next try) and closes once the unit's users have arrived, so the sign-in screen follows.
class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetupDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~SetupDialog() override;

    // True when `workspace` has no user to sign in as (a new replica ledger).
    static bool needed(Workspace &workspace);

private:
    void submit();
    void onSyncChanged();
    void showProgress();

    Workspace &m_workspace;
    SyncService *m_sync = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_code = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace tz
