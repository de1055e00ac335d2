// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/sync/setupdialog.h"

#include "core/auth/userservice.h"
#include "core/sync/syncservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace tz {

bool SetupDialog::needed(Workspace &workspace)
{
    return workspace.users().all().isEmpty();
}

SetupDialog::SetupDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_sync(new SyncService(workspace.ledger(), this))
{
    setWindowTitle(tr("Set up this computer — Taizhang case ledger"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This computer has no ledger to sign in to yet. Type the address of your "
                                "county's sync server and the one-time code your administrator gave for "
                                "your unit: the unit's ledger is downloaded here, then you sign in with "
                                "your usual account."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(m_sync->client().server().toString(), this);
    m_server->setObjectName(QStringLiteral("setupServer"));
    m_server->setPlaceholderText(QStringLiteral("https://taizhang.example.gov.cn"));
    m_server->setMinimumWidth(380);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("setupCode"));
    m_code->setPlaceholderText(tr("10 letters and digits"));
    form->addRow(tr("Server &address:"), m_server);
    form->addRow(tr("One-time &code:"), m_code);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("setupProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_message = messages::errorLabel(this, QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *standalone = new QLabel(tr("A counter that keeps its ledger without a server is set up with "
                                     "taizhang-cli init (see the user guide)."),
        this);
    standalone->setWordWrap(true);
    standalone->setEnabled(false);
    layout->addWidget(standalone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Connect and download"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sync, &SyncService::enrollFailed, this, [this](const QString &message) {
        messages::show(m_message, message, false);
        m_ok->setEnabled(true);
        m_code->setEnabled(true);
        m_code->setFocus();
        m_code->selectAll();
    });
    connect(m_sync, &SyncService::stateChanged, this, &SetupDialog::onSyncChanged);

    if (m_sync->client().isEnrolled()) {
        // Connected before, but the download did not finish: only going on is left to do.
        m_server->setEnabled(false);
        m_code->setEnabled(false);
        m_code->setPlaceholderText(tr("already connected"));
        m_ok->setText(tr("Continue the download"));
    }
    (m_server->text().isEmpty() ? m_server : m_code)->setFocus();
}

SetupDialog::~SetupDialog() = default;

void SetupDialog::submit()
{
    m_ok->setEnabled(false);
    m_server->setEnabled(false);
    m_code->setEnabled(false);
    if (m_sync->client().isEnrolled()) {
        m_sync->syncNow();
        return;
    }
    messages::show(m_message, tr("Asking the server…"), true);
    m_sync->enroll(
        QUrl::fromUserInput(m_server->text().trimmed()), m_code->text(), QSysInfo::machineHostName());
}

void SetupDialog::onSyncChanged()
{
    switch (m_sync->state()) {
    case SyncService::State::Syncing:
        showProgress();
        return;
    case SyncService::State::Idle:
        if (!needed(m_workspace)) {
            accept();
            return;
        }
        messages::show(m_message,
            tr("The server sent no user of your unit. Ask the administrator to add your account, then "
               "continue."),
            false);
        break;
    case SyncService::State::Failed:
        messages::show(m_message,
            tr("%1 What arrived so far is kept: continue when the network is back.").arg(m_sync->message()),
            false);
        break;
    case SyncService::State::NotEnrolled:
        break;
    }
    m_progress->hide();
    m_ok->setText(tr("Continue the download"));
    m_ok->setEnabled(true);
}

void SetupDialog::showProgress()
{
    m_progress->show();
    const qint64 total = m_sync->snapshotTotal();
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(m_sync->snapshotReceived() * 1000 / total));
        messages::show(m_message,
            tr("Downloading the unit's ledger: %1 of %2 MB")
                .arg(QString::number(m_sync->snapshotReceived() / 1048576.0, 'f', 1),
                    QString::number(total / 1048576.0, 'f', 1)),
            true);
    } else {
        m_progress->setRange(0, 0); // busy: events arrive batch by batch
        messages::show(m_message,
            tr("Receiving the unit's records: %n so far", nullptr, m_sync->lastReport().pulled), true);
    }
}

} // namespace tz
