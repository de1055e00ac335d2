// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tz {

class SyncService;

// Connects this computer to the county's sync server: its address and the one-time code the
// administrator gave for this unit. Waits for the server's answer without freezing the window.
class EnrollDialog : public QDialog
{
    Q_OBJECT
public:
    EnrollDialog(SyncService &sync, QWidget *parent = nullptr);

private:
    void submit();

    SyncService &m_sync;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace tz
