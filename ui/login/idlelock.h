// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"

#include <QDialog>
#include <QObject>

class QLabel;
class QLineEdit;
class QTimer;

namespace tz {

class Workspace;

// Watches the keyboard and mouse of the whole application and says when nobody has touched it
// for `idleMs` (ten minutes at the counter).
class IdleWatch : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatch(int idleMs, QObject *parent = nullptr);
    void restart();
    void stop();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer = nullptr;
};

// Asks the signed-in user's password to unlock. What was on the screen stays as it was.
class LockDialog : public QDialog
{
    Q_OBJECT
public:
    // Why the window locked: it says so (ten idle minutes, or Ctrl+L).
    enum class Reason { Idle, ByHand };
    LockDialog(Workspace &workspace, const Actor &actor, Reason reason, QWidget *parent = nullptr);

protected:
    void reject() override; // Esc does not unlock

private:
    void unlock();

    Workspace &m_workspace;
    Actor m_actor;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tz
