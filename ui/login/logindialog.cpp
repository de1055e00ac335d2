// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/login/logindialog.h"

#include "core/auth/userservice.h"
#include "core/demo/demogenerator.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/settings/settings.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace tz {

LoginDialog::LoginDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    const QString center = m_workspace.settings().value(SettingKey::CenterName).toString();
    setWindowTitle(tr("Sign in — Taizhang case ledger"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(center.isEmpty() ? tr("Taizhang case ledger") : center, this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_login = new QComboBox(this);
    m_login->setEditable(true);
    m_login->setInsertPolicy(QComboBox::NoInsert);
    QList<User> users = m_workspace.users().all();
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) { return a.login < b.login; });
    for (const User &user : std::as_const(users)) {
        if (user.active)
            m_login->addItem(QStringLiteral("%1 %2").arg(user.login, user.displayName), user.login);
    }
    const QString remembered = QSettings().value(rememberedLoginKey(m_workspace)).toString();
    const int index = m_login->findData(remembered);
    m_login->setCurrentIndex(index);
    if (index < 0)
        m_login->setEditText(remembered);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = messages::errorLabel(this, QStringLiteral("loginError"));
    layout->addWidget(m_error);

    if (m_workspace.settings().value(SettingKey::DemoLedger).toBool()) {
        QLabel *demo = messages::noteLabel(this,
            tr("This is a demo ledger. Demo accounts: counter (village counter clerk), "
               "grid (grid worker), clerk, handler, supervisor (township), "
               "county-handler, county-supervisor (county); password for all: %1")
                .arg(DemoGenerator::demoPassword()));
        demo->setObjectName(QStringLiteral("demoAccounts"));
        layout->addWidget(demo);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    (index >= 0 ? static_cast<QWidget *>(m_password) : m_login)->setFocus();
    setMinimumWidth(420);
}

QString LoginDialog::rememberedLoginKey(Workspace &workspace)
{
    return QStringLiteral("login/%1").arg(workspace.ledger().device().id);
}

void LoginDialog::signIn()
{
    const int index = m_login->currentIndex();
    const bool picked = index >= 0 && m_login->currentText() == m_login->itemText(index);
    const QString login = picked ? m_login->itemData(index).toString() : m_login->currentText().trimmed();
    Result<Actor> actor = m_workspace.users().authenticate(login, m_password->text());
    if (!actor) {
        m_error->setText(actor.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = *actor;
    QSettings().setValue(rememberedLoginKey(m_workspace), m_actor.login);
    accept();
}

} // namespace tz
