// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/sync/enrolldialog.h"

#include "core/sync/syncservice.h"
#include "ui/common/messages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace tz {

EnrollDialog::EnrollDialog(SyncService &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
{
    setWindowTitle(tr("Connect to the sync server"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Your administrator gives the server's address and a one-time code for "
                                    "this unit. Everything recorded here so far is sent at the first sync."),
        this));
    auto *form = new QFormLayout;
    m_server = new QLineEdit(sync.client().server().toString(), this);
    m_server->setObjectName(QStringLiteral("enrollServer"));
    m_server->setPlaceholderText(QStringLiteral("https://taizhang.example.gov.cn"));
    m_server->setMinimumWidth(360);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("enrollCode"));
    m_code->setPlaceholderText(tr("10 letters and digits"));
    form->addRow(tr("Server &address:"), m_server);
    form->addRow(tr("One-time &code:"), m_code);
    layout->addLayout(form);
    m_message = messages::errorLabel(this, QStringLiteral("enrollMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrollDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_sync, &SyncService::enrolled, this, &QDialog::accept);
    connect(&m_sync, &SyncService::enrollFailed, this, [this](const QString &message) {
        messages::show(m_message, message, false);
        m_ok->setEnabled(true);
        m_code->setFocus();
        m_code->selectAll();
    });
    (m_server->text().isEmpty() ? m_server : m_code)->setFocus();
}

void EnrollDialog::submit()
{
    m_ok->setEnabled(false);
    messages::show(m_message, tr("Asking the server…"), true);
    m_sync.enroll(
        QUrl::fromUserInput(m_server->text().trimmed()), m_code->text(), QSysInfo::machineHostName());
}

} // namespace tz
