// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The counter as a clerk uses it: sign in, register a returning resident's 即办 request with the
// keyboard only, a wrong ID number refused next to its field, the lock keeping a half-filled form,
// and a draft surviving the program's end.
#include "support/catchqt.h"
#include "support/templedger.h"
#include "support/widgets.h"

#include "core/auth/userservice.h"
#include "core/calendar/calendarservice.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/residents/residentservice.h"
#include "core/search/searchservice.h"
#include "core/settings/settings.h"
#include "ui/intake/intakepage.h"
#include "ui/login/idlelock.h"
#include "ui/login/logindialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/receipt/receiptdialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tz;
using tz::test::child;
using tz::test::TempLedger;

namespace {

const QString kVillage = QStringLiteral("451202107001");

// Chinese arrives as text from the input method, not as Latin key codes.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Picks the first entry of a field's completer popup with the keyboard: it is current already.
void pickFirst(QLineEdit *field)
{
    QAbstractItemView *popup = field->completer()->popup();
    for (int waited = 0; waited < 2000 && !popup->isVisible(); waited += 20)
        QTest::qWait(20);
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
}

Actor counterClerk(TempLedger &t)
{
    return t.user(Role::Clerk, kVillage, QStringLiteral("counter"));
}

} // namespace

TEST_CASE("sign-in: a wrong password is said in place, the right one lets the clerk in", "[ui]")
{
    TempLedger t;
    counterClerk(t);
    LoginDialog login(t.ws());
    login.show();
    CHECK_FALSE(login.findChild<QLabel *>(QStringLiteral("demoAccounts"))); // not a demo ledger
    auto *user = login.findChild<QComboBox *>();
    REQUIRE(user);
    user->setCurrentIndex(user->findData(QStringLiteral("counter")));
    auto *password = login.findChildren<QLineEdit *>().last();
    QTest::keyClicks(password, QStringLiteral("not-it"));
    QTest::keyClick(password, Qt::Key_Return);
    auto *error = child<QLabel>(&login, "loginError");
    CHECK_FALSE(error->isHidden());
    CHECK(login.result() != QDialog::Accepted);
    QTest::keyClicks(password, QStringLiteral("password-1"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(login.result() == QDialog::Accepted);
    CHECK(login.actor().login == QStringLiteral("counter"));

    REQUIRE(t.ws().settings().setText(t.admin(), QStringLiteral("demo"), QStringLiteral("1")).ok());
    LoginDialog demo(t.ws());
    CHECK(demo.findChild<QLabel *>(QStringLiteral("demoAccounts")));
    // The device remembers who signed in last.
    CHECK(demo.findChild<QComboBox *>()->currentData().toString() == QStringLiteral("counter"));
}

TEST_CASE("a returning resident's 即办 request is registered and resolved with the keyboard", "[ui]")
{
    TempLedger t;
    const Actor clerk = counterClerk(t);
    Result<Resident> li = t.ws().residents().registerResident(clerk,
        {QStringLiteral("黎承辉"), QStringLiteral("11010519491231002X"), QStringLiteral("13807781234"),
            QStringLiteral("五圩社区1号"), kVillage, {}, {}, {}});
    REQUIRE(li.ok());
    MainWindow window(t.ws(), clerk);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(window.currentPage() == MainWindow::Intake);
    IntakePage *page = window.intakePage();

    auto *resident = child<QLineEdit>(page, "resident");
    resident->setFocus();
    QTest::keyClicks(resident, QStringLiteral("lch")); // pinyin initials
    pickFirst(resident);
    CHECK(child<QLabel>(page, "residentInfo")->text().contains(QStringLiteral("黎承辉")));

    auto *catalog = child<QLineEdit>(page, "catalog");
    REQUIRE(page->focusWidget() == catalog);
    type(catalog, QStringLiteral("户籍证明"));
    pickFirst(catalog);
    CHECK(child<QComboBox>(page, "handling")->currentData().toInt() == static_cast<int>(Handling::Immediate));

    // A 即办 item: resolved on the spot is ticked and the result is next.
    CHECK(child<QCheckBox>(page, "resolveNow")->isChecked());
    auto *resolution = child<QLineEdit>(page, "resolution");
    REQUIRE(page->focusWidget() == resolution);
    type(resolution, QStringLiteral("已当场开具"));
    QTest::keyClick(resolution, Qt::Key_Return, Qt::ControlModifier);

    const QList<CaseHit> hits = t.ws().search().searchCases(QStringLiteral("户籍证明"));
    REQUIRE(hits.size() == 1);
    const std::optional<CaseRecord> saved = t.ws().cases().byNumber(hits.first().number);
    REQUIRE(saved);
    CHECK(saved->state == CaseState::Resolved);
    CHECK(saved->residentId == li->id);
    CHECK(saved->resolution == QStringLiteral("已当场开具"));
    CHECK(child<QLabel>(page, "intakeNotice")->text().contains(saved->number));
    CHECK(page->isBlank());

    // The receipt opens at once; saved as a PDF it names the case.
    auto *receipt = window.findChild<ReceiptDialog *>();
    REQUIRE(receipt);
    CHECK(receipt->isVisible());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
    REQUIRE(receipt->savePdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("%PDF"));
}

TEST_CASE("a new resident's wrong ID number is refused next to the field and nothing is saved", "[ui]")
{
    TempLedger t;
    const Actor clerk = counterClerk(t);
    IntakePage page(t.ws(), clerk);
    page.show();
    const qint64 before = t.ws().ledger().eventCount();
    type(child<QLineEdit>(&page, "resident"), QStringLiteral("韦小宝"));
    CHECK(child<QLineEdit>(&page, "newName")->text() == QStringLiteral("韦小宝"));
    auto *idNumber = child<QLineEdit>(&page, "newIdNumber");
    QTest::keyClicks(idNumber, QStringLiteral("110105194912310021")); // wrong check digit
    auto *error = child<QLabel>(&page, "intakeError");
    CHECK_FALSE(error->isHidden());
    type(child<QLineEdit>(&page, "title"), QStringLiteral("咨询医保报销"));
    CHECK_FALSE(page.save());
    CHECK_FALSE(error->isHidden());
    CHECK(page.focusWidget() == idNumber);
    CHECK(t.ws().ledger().eventCount() == before);
}

TEST_CASE("the lock keeps a half-filled form and opens with the password", "[ui]")
{
    TempLedger t;
    const Actor clerk = counterClerk(t);
    MainWindow window(t.ws(), clerk);
    window.show();
    auto *title = child<QLineEdit>(window.intakePage(), "title");
    type(title, QStringLiteral("反映路灯不亮"));
    bool sawLock = false;
    QTimer::singleShot(100, [&] {
        auto *dialog = qobject_cast<LockDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        sawLock = !window.centralWidget()->isVisible();
        // Locked by hand: it does not claim ten idle minutes.
        bool saysWhy = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            saysWhy = saysWhy || label->text().contains(QStringLiteral("Ctrl+L"));
        CHECK(saysWhy);
        auto *password = child<QLineEdit>(dialog, "unlockPassword");
        QTest::keyClicks(password, QStringLiteral("wrong-one"));
        QTest::keyClick(password, Qt::Key_Return);
        CHECK(dialog->isVisible()); // still locked
        QTest::keyClicks(password, QStringLiteral("password-1"));
        QTest::keyClick(password, Qt::Key_Return);
    });
    window.lock();
    CHECK(sawLock);
    CHECK_FALSE(window.isLocked());
    CHECK(window.centralWidget()->isVisible());
    CHECK(title->text() == QStringLiteral("反映路灯不亮"));
}

TEST_CASE("what was typed survives the program's end as a draft", "[ui]")
{
    TempLedger t;
    const Actor clerk = counterClerk(t);
    QString draft;
    {
        IntakePage page(t.ws(), clerk);
        type(child<QLineEdit>(&page, "title"), QStringLiteral("宅基地纠纷调解"));
        type(child<QPlainTextEdit>(&page, "description"), QStringLiteral("与邻居因围墙发生争执"));
        draft = page.draftPath();
        for (int waited = 0; waited < 3000 && !QFile::exists(draft); waited += 50)
            QTest::qWait(50);
        QTest::qWait(400); // the last keystroke's write
    }
    REQUIRE(QFile::exists(draft));
    // It holds what a resident told the counter: readable by this user only.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    CHECK((QFile::permissions(draft) & others) == QFile::Permissions());
    CHECK((QFile::permissions(QFileInfo(draft).absolutePath()) & others) == QFile::Permissions());
    IntakePage again(t.ws(), clerk);
    CHECK(child<QLineEdit>(&again, "title")->text() == QStringLiteral("宅基地纠纷调解"));
    CHECK(child<QPlainTextEdit>(&again, "description")->toPlainText()
        == QStringLiteral("与邻居因围墙发生争执"));
    CHECK_FALSE(child<QLabel>(&again, "intakeNotice")->isHidden());
    again.discard(false);
    CHECK_FALSE(QFile::exists(draft));
}

TEST_CASE("the deadline shown while typing counts from the day in China, not the computer's", "[ui]")
{
    TempLedger t;
    // Friday 2026-01-09 at 01:30 in China is still Thursday in UTC and further west.
    t.setNow(QStringLiteral("2026-01-09T01:30:00"));
    IntakePage page(t.ws(), counterClerk(t));
    auto *handling = child<QComboBox>(&page, "handling");
    handling->setCurrentIndex(handling->findData(static_cast<int>(Handling::Fast)));
    // Three working days from Friday: Wednesday 2026-01-14, as the saved case will have it.
    CHECK(child<QLabel>(&page, "deadline")->text().contains(QStringLiteral("2026-01-14")));
}

TEST_CASE(
    "Enter takes a typed name's first match only when it is that person, not a namesake's prefix", "[ui]")
{
    TempLedger t;
    const Actor clerk = counterClerk(t);
    for (const char *name : {"黎承辉", "黎承明"})
        REQUIRE(
            t.ws()
                .residents()
                .registerResident(clerk,
                    {QString::fromUtf8(name), {}, {}, QStringLiteral("五圩社区1号"), kVillage, {}, {}, {}})
                .ok());
    MainWindow window(t.ws(), clerk);
    window.show();
    QApplication::setActiveWindow(&window);
    IntakePage *page = window.intakePage();
    auto *resident = child<QLineEdit>(page, "resident");
    resident->setFocus();
    type(resident, QStringLiteral("黎承"));
    QAbstractItemView *popup = resident->completer()->popup();
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    // Two people begin so: nobody is taken, the clerk may be registering someone new.
    CHECK_FALSE(child<QLabel>(page, "residentInfo")->text().contains(QStringLiteral("黎承辉")));
    resident->clear();
    QTest::keyClicks(resident, QStringLiteral("lch"));
    QTest::qWait(20);
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(child<QLabel>(page, "residentInfo")->text().contains(QStringLiteral("黎承")));
}

TEST_CASE("a refusal of the request names and focuses its field, and saves nothing", "[ui][intake]")
{
    TempLedger t;
    IntakePage page(t.ws(), counterClerk(t));
    page.show();
    QApplication::setActiveWindow(&page);
    const qint64 before = t.ws().ledger().eventCount();
    auto *error = child<QLabel>(&page, "intakeError");
    // Neither a request nor a service: nothing for the case to be called.
    type(child<QPlainTextEdit>(&page, "description"), QStringLiteral("与邻居因围墙发生争执"));
    CHECK_FALSE(page.save());
    CHECK_FALSE(error->isHidden());
    CHECK(page.focusWidget() == child<QLineEdit>(&page, "title"));
    // 即办 resolved on the spot without saying what was done.
    type(child<QLineEdit>(&page, "title"), QStringLiteral("宅基地纠纷调解"));
    auto *handling = child<QComboBox>(&page, "handling");
    handling->setCurrentIndex(handling->findData(static_cast<int>(Handling::Immediate)));
    child<QCheckBox>(&page, "resolveNow")->setChecked(true);
    CHECK_FALSE(page.save());
    CHECK(page.focusWidget() == child<QLineEdit>(&page, "resolution"));
    CHECK(t.ws().ledger().eventCount() == before);
}
