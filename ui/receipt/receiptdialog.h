// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "ui/receipt/receipt.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace tz {

// Shows the receipt of a case just saved; prints it on any system printer or saves it as a PDF,
// on an A5 sheet or an 80 mm roll (the choice is remembered on this computer).
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiptDialog(ReceiptData data, QWidget *parent = nullptr);

    [[nodiscard]] ReceiptPaper paper() const;
    void print();
    // Saves to `path` (asks where when empty); true when written.
    bool savePdf(QString path = {});

private:
    void updatePreview();

    ReceiptData m_data;
    QComboBox *m_paper = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace tz
