// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/common/error.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace tz {

class Workspace;
struct CaseRecord;

// 回执: the slip a citizen takes home. What it says, already masked.
struct ReceiptData
{
    QString center; // 五圩镇党群服务中心
    QString centerPhone;
    QString number; // the case number, also in the QR code
    QString title;
    QString handling; // 即办 / 快办 / 分办 / 联办
    QString state;
    QString registeredAt;
    QString deadline;
    QString resident; // masked name
    QString idNumber; // masked
    QString clerk;

    static ReceiptData of(Workspace &workspace, const CaseRecord &record, const Actor &clerk);
};

// Paper: an A5 sheet or an 80 mm thermal roll.
enum class ReceiptPaper { A5, Roll80 };

// Lays the receipt out in millimetres and draws it on any device: a PDF, a printer, an image.
class Receipt
{
public:
    // The QR code of `text` as rows of dark (true) and light modules (libqrencode, level M).
    static QList<QList<bool>> qrModules(const QString &text);
    // Page size in millimetres (the roll's length follows its content).
    static QSizeF pageSize(ReceiptPaper paper);
    // Where the QR code goes on the page, in millimetres.
    static QRectF qrRect(ReceiptPaper paper);
    // Draws onto a device whose page is pageSize(paper); `dotsPerMm` maps millimetres to pixels.
    static void paint(QPainter &painter, double dotsPerMm, const ReceiptData &data, ReceiptPaper paper);
    static QImage image(const ReceiptData &data, ReceiptPaper paper, int dpi);
    [[nodiscard]] static Status writePdf(const QString &path, const ReceiptData &data, ReceiptPaper paper);
    // Prints on a configured printer or PDF device (page size set here); false when it cannot
    // be opened.
    static bool print(QPagedPaintDevice &device, const ReceiptData &data, ReceiptPaper paper);
};

} // namespace tz
