// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/residents/revealdialog.h"

#include "ui/common/messages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tz {

RevealDialog::RevealDialog(ResidentService &residents, const Actor &actor, const QString &residentId,
    ResidentField field, QWidget *parent)
    : QDialog(parent)
    , m_residents(residents)
    , m_actor(actor)
    , m_residentId(residentId)
    , m_field(field)
{
    setWindowTitle(
        field == ResidentField::Phone ? tr("Show the full phone number") : tr("Show the full ID number"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messages::noteLabel(
        this, tr("Your name, the time and the reason are kept in the ledger with this request.")));
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("revealReason"));
    m_reason->setPlaceholderText(tr("e.g. to call back about case 20261130-…"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_error = messages::errorLabel(this, QStringLiteral("revealError"));
    layout->addWidget(m_error);
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("revealedValue"));
    m_shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_shown->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_shown->setFont(font);
    m_shown->hide();
    layout->addWidget(m_shown);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Show"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RevealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RevealDialog::reject);
    resize(460, sizeHint().height());
}

void RevealDialog::accept()
{
    if (!m_value.isEmpty()) {
        QDialog::accept();
        return;
    }
    Result<QString> value = m_residents.reveal(m_actor, m_residentId, m_field, m_reason->text());
    if (!value) {
        m_error->setText(value.error().message);
        m_error->show();
        m_reason->setFocus();
        return;
    }
    m_error->hide();
    m_value = *value;
    m_shown->setText(m_value);
    m_shown->show();
    m_reason->setReadOnly(true);
    m_ok->setText(tr("Done"));
}

} // namespace tz
