// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/login/idlelock.h"

#include "core/auth/userservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tz {

IdleWatch::IdleWatch(int idleMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(idleMs);
    connect(m_timer, &QTimer::timeout, this, &IdleWatch::idle);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer->start();
}

void IdleWatch::restart()
{
    m_timer->start();
}

void IdleWatch::stop()
{
    m_timer->stop();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_timer->isActive())
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

LockDialog::LockDialog(Workspace &workspace, const Actor &actor, Reason reason, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    setWindowTitle(tr("Locked"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    const QString why = reason == Reason::Idle ? tr("The window locked itself after ten idle minutes.")
                                               : tr("The window is locked (Ctrl+L).");
    layout->addWidget(new QLabel(why + QLatin1Char(' ')
            + tr("What was being typed is kept.\nPassword of %1 (%2) to go on:")
                  .arg(m_actor.displayName, m_actor.login),
        this));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_password);
    m_error = messages::errorLabel(this, QStringLiteral("unlockError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LockDialog::unlock);
    m_password->setFocus();
}

void LockDialog::reject()
{
    // Only the password unlocks.
}

void LockDialog::unlock()
{
    Result<Actor> actor = m_workspace.users().authenticate(m_actor.login, m_password->text());
    if (!actor) {
        m_error->setText(actor.error().message);
        m_error->show();
        m_password->clear();
        return;
    }
    accept();
}

} // namespace tz
