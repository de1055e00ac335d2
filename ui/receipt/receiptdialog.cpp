// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/receipt/receiptdialog.h"

#include "core/settings/localsettings.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tz {

ReceiptDialog::ReceiptDialog(ReceiptData data, QWidget *parent)
    : QDialog(parent)
    , m_data(std::move(data))
{
    setWindowTitle(tr("Receipt %1").arg(m_data.number));
    auto *layout = new QVBoxLayout(this);
    auto *paperRow = new QHBoxLayout;
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("A5 sheet"), static_cast<int>(ReceiptPaper::A5));
    m_paper->addItem(tr("80 mm roll (thermal printer)"), static_cast<int>(ReceiptPaper::Roll80));
    m_paper->setCurrentIndex(
        std::max(0, m_paper->findData(localsettings::value(LocalKey::ReceiptPaper).toInt())));
    auto *paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    paperRow->addWidget(paperLabel);
    paperRow->addWidget(m_paper);
    paperRow->addStretch(1);
    layout->addLayout(paperRow);

    auto *scroll = new QScrollArea(this);
    m_preview = new QLabel(scroll);
    m_preview->setAlignment(Qt::AlignCenter);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(460, 560);
    layout->addWidget(scroll, 1);
    m_status = messages::errorLabel(this, QStringLiteral("receiptStatus"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("&Print"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    print->setDefault(true);
    layout->addWidget(buttons);
    connect(print, &QPushButton::clicked, this, &ReceiptDialog::print);
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        localsettings::setValue(LocalKey::ReceiptPaper, m_paper->currentData().toInt());
        updatePreview();
    });
    updatePreview();
}

ReceiptPaper ReceiptDialog::paper() const
{
    return static_cast<ReceiptPaper>(m_paper->currentData().toInt());
}

void ReceiptDialog::updatePreview()
{
    const QImage page = Receipt::image(m_data, paper(), 96);
    m_preview->setPixmap(QPixmap::fromImage(page));
}

void ReceiptDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Receipt %1").arg(m_data.number));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!Receipt::print(printer, m_data, paper())) {
        m_status->setText(tr("The printer could not be opened; nothing was printed."));
        m_status->show();
    }
}

bool ReceiptDialog::savePdf(QString path)
{
    if (path.isEmpty()) {
        path = filedialogs::saveFile(this, filedialogs::Kind::Receipts, tr("Save the receipt"),
            tr("receipt-%1.pdf").arg(m_data.number), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    if (Status written = Receipt::writePdf(path, m_data, paper()); !written) {
        m_status->setText(written.error().message);
        m_status->show();
        return false;
    }
    m_status->hide();
    return true;
}

} // namespace tz
