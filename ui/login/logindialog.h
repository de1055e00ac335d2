// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tz {

class Workspace;

// Signs a user in, offline, against the ledger's users. The last login on this device is
// remembered; a demo ledger shows its demo accounts and their password, no other ledger does.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Workspace &workspace, QWidget *parent = nullptr);

    [[nodiscard]] const Actor &actor() const { return m_actor; }

    // The key under which this device remembers its last login (per ledger device).
    static QString rememberedLoginKey(Workspace &workspace);

private:
    void signIn();

    Workspace &m_workspace;
    Actor m_actor;
    QComboBox *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace tz
