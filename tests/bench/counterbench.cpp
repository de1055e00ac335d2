// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-counter-bench --ledger PATH [--runs N]: the counter's speed. A scripted clerk signs in
// as `counter` (the demo ledger's village counter clerk) and registers a returning resident's
// 即办 request with the keyboard, the way the intake test does, then saves the receipt as a PDF.
// It counts the keystrokes besides the words (the resident's name as the citizen says it, and
// the result typed), and times each run from the first key to the PDF on disk. Each run adds
// one real case to the ledger.
#include "benchoptions.h"
#include "benchstats.h"

#include "core/auth/userservice.h"
#include "core/catalog/catalogservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/residents/residentservice.h"
#include "core/workspace/workspace.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/receipt/receiptdialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace tz;
using namespace tz::bench;

namespace {

QTextStream out(stdout);

// Words arrive from the input method as committed text: not counted as keystrokes.
void words(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

struct Clerk
{
    int keys = 0;
    void key(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++keys;
        QTest::keyClick(widget, key, modifiers);
    }
    void latin(QWidget *widget, const QString &text)
    {
        keys += static_cast<int>(text.size());
        QTest::keyClicks(widget, text);
    }
    // Moves down the list of matches to the row holding `id` and takes it; false if absent.
    bool pick(QLineEdit *field, const QString &id, int idRole)
    {
        QAbstractItemView *popup = field->completer()->popup();
        QCoreApplication::processEvents();
        if (!popup->isVisible())
            return false;
        const QAbstractItemModel *model = popup->model();
        int row = 0;
        while (row < model->rowCount() && model->index(row, 0).data(idRole).toString() != id)
            ++row;
        if (row == model->rowCount())
            return false;
        for (int i = 0; i < row; ++i)
            key(popup, Qt::Key_Down);
        key(popup, Qt::Key_Return);
        return true;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    BenchOptions options(QStringLiteral("The counter clerk's keystrokes and time for a returning resident's "
                                        "即办 request, first key to receipt PDF. Each run adds a case."),
        {{QStringLiteral("ledger"), QStringLiteral("PATH"), QStringLiteral("the demo ledger (required)")},
            {QStringLiteral("runs"), QStringLiteral("N"), QStringLiteral("requests to register"),
                QStringLiteral("20")}});
    options.parse(app.arguments());
    const QString ledgerPath = options.value(QStringLiteral("ledger"));
    const int runs = options.number(QStringLiteral("runs"));
    if (ledgerPath.isEmpty())
        options.fail(QStringLiteral("--ledger is required."));
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(ledgerPath);
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 1;
    }
    Workspace &ws = **opened;
    Result<Actor> clerk = ws.users().authenticate(QStringLiteral("counter"), QStringLiteral("demo-2026"));
    if (!clerk) {
        out << "the ledger has no demo counter clerk: " << clerk.error().message << Qt::endl;
        return 1;
    }
    // Returning residents: people of the clerk's village with a case already.
    QStringList residentIds;
    {
        SqlStatement statement = ws.ledger().db().prepare(
            "SELECT DISTINCT r.id FROM residents r JOIN cases c ON c.resident_id = r.id "
            "WHERE r.org_code = ?1 LIMIT 200");
        statement.bind(1, clerk->orgCode);
        while (statement.next())
            residentIds.append(statement.text(0));
    }
    QList<CatalogItem> immediate;
    for (const CatalogItem &item : ws.catalog().all())
        if (item.active && item.handling == Handling::Immediate)
            immediate.append(item);
    if (residentIds.isEmpty() || immediate.isEmpty()) {
        out << "no returning resident or no 即办 service in this ledger" << Qt::endl;
        return 1;
    }
    const qint64 casesBefore = ws.ledger().db().scalar("SELECT COUNT(*) FROM cases");

    MainWindow window(ws, *clerk);
    window.show();
    QApplication::setActiveWindow(&window);
    IntakePage *page = window.intakePage();
    auto *residentField = page->findChild<QLineEdit *>(QStringLiteral("resident"));
    auto *catalogField = page->findChild<QLineEdit *>(QStringLiteral("catalog"));
    auto *resultField = page->findChild<QLineEdit *>(QStringLiteral("resolution"));
    constexpr int kIdRole = Qt::UserRole + 1; // the intake page's match lists keep ids there

    Samples total;
    Samples save;
    QList<int> keystrokes;
    int failed = 0;
    QTemporaryDir pdfs;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the caches and is not counted
        const Resident resident = *ws.residents().byId(residentIds.at(run % residentIds.size()));
        const CatalogItem &item = immediate.at(run % immediate.size());
        Clerk c;
        // The receipt of the run before was closed: the main window is active again.
        QApplication::setActiveWindow(&window);
        residentField->setFocus();
        const double start = nowMs();
        words(residentField, resident.name);
        bool ok = c.pick(residentField, resident.id, kIdRole);
        if (!ok) {
            // A common name: the last six digits of the ID number find the person.
            residentField->selectAll();
            c.latin(residentField, resident.idNumber.right(6));
            ok = c.pick(residentField, resident.id, kIdRole);
        }
        c.latin(catalogField, item.initials.left(2));
        ok = ok && c.pick(catalogField, item.id, kIdRole);
        if (!ok && !item.initials.isEmpty()) {
            // Two initials were not enough: two more narrow the list.
            c.latin(catalogField, item.initials.mid(2, 2));
            ok = c.pick(catalogField, item.id, kIdRole);
        }
        words(resultField, QStringLiteral("已当场办结"));
        const double saving = nowMs();
        c.key(resultField, Qt::Key_Return, Qt::ControlModifier);
        auto *receipt = window.findChild<ReceiptDialog *>();
        const double saved = nowMs();
        // Alt+D opens "save as PDF", Enter takes the file name offered: two keys.
        c.keys += 2;
        const QString pdf = pdfs.filePath(QStringLiteral("receipt-%1.pdf").arg(run));
        ok = ok && receipt && receipt->savePdf(pdf) && QFile::exists(pdf);
        const double end = nowMs();
        if (receipt) {
            receipt->close(); // Esc: the clerk goes on with the next citizen
            QCoreApplication::processEvents();
        }
        if (!ok) {
            ++failed;
            const auto *error = page->findChild<QLabel *>(QStringLiteral("intakeError"));
            out << "run " << run << " failed: " << resident.name << " / " << item.name
                << (receipt ? "" : " (no receipt) ") << (error ? error->text() : QString())
                << " resident field: " << residentField->text() << " catalog: " << catalogField->text()
                << Qt::endl;
            page->discard(false);
            continue;
        }
        if (run == 0)
            continue;
        total.ms.append(end - start);
        save.ms.append(saved - saving);
        keystrokes.append(c.keys);
    }
    const qint64 casesAfter = ws.ledger().db().scalar("SELECT COUNT(*) FROM cases");
    std::sort(keystrokes.begin(), keystrokes.end());
    QJsonObject report {{QStringLiteral("ledger_cases"), casesBefore}, {QStringLiteral("runs"), runs},
        {QStringLiteral("failed"), failed}, {QStringLiteral("cases_added"), casesAfter - casesBefore},
        {QStringLiteral("first_key_to_pdf_ms"), total.json()},
        {QStringLiteral("save_to_receipt_ms"), save.json()},
        {QStringLiteral("keystrokes_median"),
            keystrokes.isEmpty() ? 0 : keystrokes.at(keystrokes.size() / 2)},
        {QStringLiteral("keystrokes_max"), keystrokes.isEmpty() ? 0 : keystrokes.last()}};
    out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return failed > 0 ? 1 : 0;
}
