// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/receipt/receipt.h"

#include "core/auth/userservice.h"
#include "core/cases/caserecord.h"
#include "core/cases/casetypes.h"
#include "core/common/businesstime.h"
#include "core/residents/masking.h"
#include "core/residents/residentservice.h"
#include "core/settings/settings.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <qrencode.h>

#include <memory>

namespace tz {
namespace {

constexpr double kMargin = 6.0; // mm
constexpr double kA5Width = 148.0;
constexpr double kA5Height = 210.0;
constexpr double kRollWidth = 80.0;
constexpr double kRollHeight = 135.0;
constexpr double kQrSize = 32.0; // mm, quiet zone included

} // namespace

ReceiptData ReceiptData::of(Workspace &workspace, const CaseRecord &record, const Actor &clerk)
{
    ReceiptData data;
    data.center = workspace.settings().value(SettingKey::CenterName).toString();
    if (data.center.isEmpty())
        data.center = QCoreApplication::translate("tz::Receipt", "Party-mass service center");
    data.centerPhone = workspace.settings().value(SettingKey::CenterPhone).toString();
    data.number = record.number;
    data.title = record.title;
    data.handling = handling::label(record.handling);
    data.state = casestate::label(record.state);
    data.registeredAt = businesstime::displayOf(record.registeredAt);
    data.deadline = record.deadline.toString(QStringLiteral("yyyy-MM-dd"));
    if (!record.residentId.isEmpty()) {
        if (const std::optional<Resident> r = workspace.residents().byId(record.residentId)) {
            data.resident = masking::name(r->name);
            data.idNumber = masking::idNumber(r->idNumber);
        }
    }
    data.clerk = clerk.displayName;
    return data;
}

QList<QList<bool>> Receipt::qrModules(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    QList<QList<bool>> rows;
    if (!code)
        return rows;
    for (int y = 0; y < code->width; ++y) {
        QList<bool> row;
        for (int x = 0; x < code->width; ++x)
            row.append((code->data[y * code->width + x] & 1) != 0);
        rows.append(row);
    }
    return rows;
}

QSizeF Receipt::pageSize(ReceiptPaper paper)
{
    return paper == ReceiptPaper::A5 ? QSizeF(kA5Width, kA5Height) : QSizeF(kRollWidth, kRollHeight);
}

QRectF Receipt::qrRect(ReceiptPaper paper)
{
    const double width = pageSize(paper).width();
    // A5: top right beside the heading; roll: centred under it.
    return paper == ReceiptPaper::A5 ? QRectF(width - kMargin - kQrSize, kMargin + 14, kQrSize, kQrSize)
                                     : QRectF((width - kQrSize) / 2, kMargin + 16, kQrSize, kQrSize);
}

void Receipt::paint(QPainter &painter, double dotsPerMm, const ReceiptData &data, ReceiptPaper paper)
{
    const auto mm = [dotsPerMm](double value) { return value * dotsPerMm; };
    const QSizeF page = pageSize(paper);
    const double textWidth = page.width() - 2 * kMargin;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setStyleStrategy(QFont::PreferAntialias);
    const auto setSize = [&](double sizeMm, bool bold) {
        font.setPixelSize(std::max(1, qRound(mm(sizeMm))));
        font.setBold(bold);
        painter.setFont(font);
    };
    painter.save();
    painter.setPen(Qt::black);

    // Heading: the center, then what the slip is.
    double y = kMargin;
    setSize(paper == ReceiptPaper::A5 ? 6.0 : 4.6, true);
    const QRectF headingBox(mm(kMargin), mm(y), mm(textWidth), mm(8));
    painter.drawText(headingBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, data.center);
    y += 8;
    setSize(paper == ReceiptPaper::A5 ? 4.2 : 3.6, false);
    painter.drawText(QRectF(mm(kMargin), mm(y), mm(textWidth), mm(6)), Qt::AlignHCenter | Qt::AlignTop,
        QCoreApplication::translate("tz::Receipt", "Receipt of a citizen's request"));

    // The QR code of the case number.
    const QList<QList<bool>> modules = qrModules(data.number);
    const QRectF qr = qrRect(paper);
    if (!modules.isEmpty()) {
        const int count = static_cast<int>(modules.size()) + 8; // four light modules of quiet zone each side
        const double module = qr.width() / count;
        painter.fillRect(QRectF(mm(qr.x()), mm(qr.y()), mm(qr.width()), mm(qr.height())), Qt::white);
        for (int row = 0; row < modules.size(); ++row) {
            for (int col = 0; col < modules.at(row).size(); ++col) {
                if (modules.at(row).at(col))
                    painter.fillRect(QRectF(mm(qr.x() + (col + 4) * module), mm(qr.y() + (row + 4) * module),
                                         mm(module) + 0.5, mm(module) + 0.5),
                        Qt::black);
            }
        }
    }

    // The lines: label and value, under the heading (A5: left of the QR code; roll: below it).
    const double linesTop = paper == ReceiptPaper::A5 ? kMargin + 16 : qr.bottom() + 3;
    const double linesWidth = paper == ReceiptPaper::A5 ? textWidth - kQrSize - 4 : textWidth;
    const double labelWidth = paper == ReceiptPaper::A5 ? 26 : 20;
    const double lineSize = paper == ReceiptPaper::A5 ? 4.0 : 3.4;
    y = linesTop;
    const auto line = [&](const QString &label, const QString &value, bool strong = false) {
        if (value.isEmpty())
            return;
        setSize(lineSize, false);
        painter.drawText(
            QRectF(mm(kMargin), mm(y), mm(labelWidth), mm(lineSize * 1.6)), Qt::AlignLeft, label);
        setSize(strong ? lineSize * 1.2 : lineSize, strong);
        const QRectF box(mm(kMargin + labelWidth), mm(y), mm(linesWidth - labelWidth), mm(40));
        const QRectF used = painter.boundingRect(box, Qt::AlignLeft | Qt::TextWordWrap, value);
        painter.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, value);
        y += std::max(lineSize * 1.6, used.height() / dotsPerMm + 1.2);
    };
    const auto tr = [](const char *text) { return QCoreApplication::translate("tz::Receipt", text); };
    line(tr("Case number"), data.number, true);
    line(tr("Request"), data.title);
    line(tr("Class"), data.handling);
    line(tr("State"), data.state);
    line(tr("Registered"), data.registeredAt);
    line(tr("Deadline"), data.deadline);
    line(tr("Citizen"), data.resident);
    line(tr("ID number"), data.idNumber);
    line(tr("Clerk"), data.clerk);

    y = std::max(y, qr.bottom()) + 4;
    setSize(lineSize * 0.9, false);
    const QString footer = data.centerPhone.isEmpty()
        ? tr("Keep this slip: the case number finds your request at any service center.")
        : tr("Keep this slip: the case number finds your request at any service center. Enquiries: %1")
              .arg(data.centerPhone);
    painter.drawText(
        QRectF(mm(kMargin), mm(y), mm(textWidth), mm(20)), Qt::AlignLeft | Qt::TextWordWrap, footer);
    painter.restore();
}

QImage Receipt::image(const ReceiptData &data, ReceiptPaper paper, int dpi)
{
    const double dotsPerMm = dpi / 25.4;
    const QSizeF page = pageSize(paper);
    QImage image(qRound(page.width() * dotsPerMm), qRound(page.height() * dotsPerMm), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    QPainter painter(&image);
    paint(painter, dotsPerMm, data, paper);
    return image;
}

bool Receipt::print(QPagedPaintDevice &device, const ReceiptData &data, ReceiptPaper paper)
{
    device.setPageSize(QPageSize(pageSize(paper), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&device))
        return false; // the file or the printer cannot be opened
    const double dotsPerMm = painter.device()->logicalDpiX() / 25.4;
    paint(painter, dotsPerMm, data, paper);
    return painter.end();
}

Status Receipt::writePdf(const QString &path, const ReceiptData &data, ReceiptPaper paper)
{
    bool printed = false;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("tz::Receipt", "Receipt %1").arg(data.number));
        writer.setCreator(QStringLiteral("Taizhang"));
        printed = print(writer, data, paper);
    }
    const QFileInfo written(path);
    if (!printed || !written.exists() || written.size() == 0)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("tz::Receipt", "The receipt could not be written to %1.")
                .arg(QDir::toNativeSeparators(path)),
            {}};
    return {};
}

} // namespace tz
