// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The receipt: its QR code reads back as the case number on both papers, and the PDF names it.
#include "support/catchqt.h"
#include "support/scopedlanguage.h"
#include "support/templedger.h"

#include "core/calendar/calendarservice.h"
#include "core/cases/caseservice.h"
#include "core/residents/residentservice.h"
#include "core/settings/settings.h"
#include "ui/receipt/receipt.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace tz;
using tz::test::TempLedger;

namespace {

// Reads the modules back from the picture by sampling each module's centre.
QList<QList<bool>> scanQr(const QImage &image, const QRectF &rectMm, int count, double dotsPerMm)
{
    const int total = count + 8;
    const double module = rectMm.width() / total;
    QList<QList<bool>> rows;
    for (int row = 0; row < count; ++row) {
        QList<bool> line;
        for (int col = 0; col < count; ++col) {
            const double x = (rectMm.x() + (col + 4.5) * module) * dotsPerMm;
            const double y = (rectMm.y() + (row + 4.5) * module) * dotsPerMm;
            line.append(qGray(image.pixel(qRound(x), qRound(y))) < 128);
        }
        rows.append(line);
    }
    return rows;
}

ReceiptData receiptOf(TempLedger &t)
{
    RegisterCaseInput input;
    input.orgCode = QStringLiteral("451202107001");
    input.handling = Handling::Fast;
    input.title = QStringLiteral("村口路灯不亮，夜间出行不便");
    Result<CaseRecord> record = t.ws().cases().registerCase(t.admin(), input);
    REQUIRE(record.ok());
    return ReceiptData::of(t.ws(), *record, t.admin());
}

} // namespace

TEST_CASE("the receipt's QR code is the case number, on an A5 sheet and on an 80 mm roll", "[ui]")
{
    TempLedger t;
    const ReceiptData data = receiptOf(t);
    const QList<QList<bool>> expected = Receipt::qrModules(data.number);
    REQUIRE(expected.size() >= 21);
    for (ReceiptPaper paper : {ReceiptPaper::A5, ReceiptPaper::Roll80}) {
        const int dpi = 300;
        const QImage page = Receipt::image(data, paper, dpi);
        const QList<QList<bool>> seen
            = scanQr(page, Receipt::qrRect(paper), static_cast<int>(expected.size()), dpi / 25.4);
        CHECK(seen == expected);
    }
    // Another number gives another code: the comparison above can fail.
    CHECK(Receipt::qrModules(data.number + QLatin1Char('1')) != expected);
}

TEST_CASE("the receipt is written as a PDF that carries the case number", "[ui]")
{
    TempLedger t;
    const ReceiptData data = receiptOf(t);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
    REQUIRE(Receipt::writePdf(path, data, ReceiptPaper::Roll80).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF"));
    // The document title holds the number (Qt writes it as UTF-16BE).
    QByteArray utf16;
    for (const QChar c : data.number) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    CHECK((pdf.contains(utf16) || pdf.contains(data.number.toLatin1())));
    CHECK_FALSE(
        Receipt::writePdf(dir.filePath(QStringLiteral("no/such/folder/r.pdf")), data, ReceiptPaper::A5).ok());
}

TEST_CASE("a receipt renders for a look", "[.screenshot]")
{
    const tz::test::ScopedLanguage chinese(QStringLiteral("zh_CN"));
    TempLedger t;
    // As a center set up in 设置 prints it: its name and phone, a registered resident, a clerk.
    REQUIRE(t.ws()
                .settings()
                .setText(t.admin(), QStringLiteral("center.name"), QStringLiteral("五圩镇党群服务中心"))
                .ok());
    REQUIRE(t.ws()
                .settings()
                .setText(t.admin(), QStringLiteral("center.phone"), QStringLiteral("0778-2291234"))
                .ok());
    const Actor clerk = t.user(Role::Clerk, QStringLiteral("451202107001"), QStringLiteral("counter"));
    Result<Resident> li = t.ws().residents().registerResident(clerk,
        {QStringLiteral("黎承辉"), QStringLiteral("11010519491231002X"), QStringLiteral("13807781234"),
            QStringLiteral("五圩社区1号"), QStringLiteral("451202107001"), {}, {}, {}});
    REQUIRE(li.ok());
    RegisterCaseInput input;
    input.orgCode = QStringLiteral("451202107001");
    input.handling = Handling::Fast;
    input.title = QStringLiteral("村口路灯不亮，夜间出行不便");
    input.residentId = li->id;
    Result<CaseRecord> record = t.ws().cases().registerCase(clerk, input);
    REQUIRE(record.ok());
    const ReceiptData data = ReceiptData::of(t.ws(), *record, clerk);
    // `make screenshots` sets TZ_SCREENSHOTS to docs/screenshots.
    const QString dir = qEnvironmentVariable("TZ_SCREENSHOTS", QStringLiteral("/tmp"));
    REQUIRE(Receipt::image(data, ReceiptPaper::A5, 120).save(dir + QStringLiteral("/receipt-a5.png")));
    REQUIRE(Receipt::image(data, ReceiptPaper::Roll80, 160).save(dir + QStringLiteral("/receipt-roll.png")));
}
