// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/intake/intakepage.h"

#include "core/calendar/calendarservice.h"
#include "core/cases/caseservice.h"
#include "core/cases/casetypes.h"
#include "core/catalog/catalogservice.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/residents/masking.h"
#include "core/residents/phonenumber.h"
#include "core/residents/residentid.h"
#include "core/residents/residentservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMatches = 8;

QCompleter *makeCompleter(QStandardItemModel *model, QLineEdit *field)
{
    auto *completer = new QCompleter(model, field);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(kMatches);
    field->setCompleter(completer);
    return completer;
}

// Opens the field's list of matches with the first one shown current: Enter takes it, Down moves
// on. The line edit runs its own completion after the text changes, so the highlight waits for
// that; Enter takes the first match even before it shows.
const char *const kFirstIsSure = "firstIsSure";

void showMatches(QLineEdit *field, bool firstIsSure)
{
    QCompleter *completer = field->completer();
    field->setProperty(kFirstIsSure, firstIsSure);
    completer->complete();
    if (!firstIsSure)
        return; // nothing taken unless the clerk moves to it
    QTimer::singleShot(0, completer, [completer] {
        if (!completer->popup()->isVisible() || completer->popup()->currentIndex().isValid())
            return;
        // Quietly: a highlighted match would replace what the clerk is still typing.
        const QSignalBlocker quiet(completer);
        completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    });
}

// The row of `index` in the completer's own model (the popup may show a proxy).
int sourceRow(const QModelIndex &index)
{
    return index.data(kIdRole).isValid() ? index.row() : -1;
}

} // namespace

IntakePage::IntakePage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &IntakePage::writeDraft);
    buildForm();
    restoreDraft();
    updateDeadline();
    updateResolveNow();
}

void IntakePage::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Register what the citizen asks"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    outer->addWidget(heading);
    const QString unit = m_workspace.org().pathName(m_actor.orgCode);
    auto *where = new QLabel(tr("Unit: %1")
                                 .arg(unit.isEmpty() ? tr("(none: an administrator of the whole "
                                                          "ledger registers from the command line)")
                                                     : unit),
        this);
    outer->addWidget(where);

    m_notice = messages::noteLabel(this, QString(), messages::Tone::Success);
    m_notice->setObjectName(QStringLiteral("intakeNotice"));
    m_notice->hide();
    outer->addWidget(m_notice);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_resident = new QLineEdit(this);
    m_resident->setObjectName(QStringLiteral("resident"));
    m_resident->setPlaceholderText(tr("Name, pinyin initials, phone or last digits of the ID number"));
    m_residentMatches = new QStandardItemModel(this);
    QCompleter *residents = makeCompleter(m_residentMatches, m_resident);
    m_residentInfo = new QLabel(this);
    m_residentInfo->setObjectName(QStringLiteral("residentInfo"));
    form->addRow(tr("&Resident:"), m_resident);
    form->addRow(QString(), m_residentInfo);

    m_newResident = new QWidget(this);
    auto *newForm = new QFormLayout(m_newResident);
    newForm->setContentsMargins(0, 0, 0, 0);
    m_newName = new QLineEdit(m_newResident);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newIdNumber = new QLineEdit(m_newResident);
    m_newIdNumber->setObjectName(QStringLiteral("newIdNumber"));
    m_newIdNumber->setMaxLength(18);
    m_newPhone = new QLineEdit(m_newResident);
    m_newPhone->setObjectName(QStringLiteral("newPhone"));
    m_newAddress = new QLineEdit(m_newResident);
    newForm->addRow(tr("New resident's name:"), m_newName);
    newForm->addRow(tr("ID number:"), m_newIdNumber);
    newForm->addRow(tr("Phone:"), m_newPhone);
    newForm->addRow(tr("Address:"), m_newAddress);
    m_newResident->hide();
    form->addRow(QString(), m_newResident);

    m_catalog = new QLineEdit(this);
    m_catalog->setObjectName(QStringLiteral("catalog"));
    m_catalog->setPlaceholderText(tr("Type two characters or the initials of a service item"));
    m_catalogMatches = new QStandardItemModel(this);
    QCompleter *catalog = makeCompleter(m_catalogMatches, m_catalog);
    m_department = new QLabel(this);
    form->addRow(tr("Service &item:"), m_catalog);
    form->addRow(QString(), m_department);

    auto *classRow = new QHBoxLayout;
    m_handling = new QComboBox(this);
    m_handling->setObjectName(QStringLiteral("handling"));
    for (Handling h : {Handling::Immediate, Handling::Fast, Handling::Routed, Handling::Joint})
        m_handling->addItem(handling::label(h), static_cast<int>(h));
    m_handling->setCurrentIndex(1);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (int c = static_cast<int>(Channel::Counter); c <= static_cast<int>(Channel::Meeting); ++c)
        m_channel->addItem(channel::label(static_cast<Channel>(c)), c);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(0, 90);
    m_days->setSuffix(tr(" working days"));
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    auto *daysLabel = new QLabel(tr("&Time limit:"), this);
    daysLabel->setBuddy(m_days);
    classRow->addWidget(m_handling);
    classRow->addSpacing(12);
    classRow->addWidget(channelLabel);
    classRow->addWidget(m_channel);
    classRow->addSpacing(12);
    classRow->addWidget(daysLabel);
    classRow->addWidget(m_days);
    classRow->addWidget(m_deadline, 1);
    auto *classLabel = new QLabel(tr("&Class:"), this);
    classLabel->setBuddy(m_handling);
    form->addRow(classLabel, classRow);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("In short; the service item's name if left empty"));
    form->addRow(tr("Re&quest:"), m_title);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the citizen says, in their words"));
    m_description->setMinimumHeight(90);
    form->addRow(tr("&Details:"), m_description);

    m_resolveNow = new QCheckBox(tr("Resolved on the &spot (即办)"), this);
    m_resolveNow->setObjectName(QStringLiteral("resolveNow"));
    m_resolution = new QLineEdit(this);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->setPlaceholderText(tr("What was done"));
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_resolveNow);
    resolveRow->addWidget(m_resolution, 1);
    form->addRow(QString(), resolveRow);
    outer->addLayout(form);

    m_error = messages::errorLabel(this, QStringLiteral("intakeError"));
    outer->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save (Ctrl+Enter)"), this);
    m_save->setObjectName(QStringLiteral("save"));
    auto *clear = new QPushButton(tr("Clear (Esc)"), this);
    buttons->addStretch(1);
    buttons->addWidget(clear);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    outer->addStretch(1);

    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IntakePage::save);
    }
    auto *escape
        = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] { discard(true); });
    connect(m_save, &QPushButton::clicked, this, &IntakePage::save);
    connect(clear, &QPushButton::clicked, this, [this] { discard(true); });
    if (m_actor.orgCode.isEmpty()) {
        // Nothing to fill in: a case is registered at a unit, and this user has none.
        for (QWidget *field : findChildren<QWidget *>())
            if (qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field)
                || qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field)
                || qobject_cast<QAbstractButton *>(field))
                field->setEnabled(false);
    }

    residents->popup()->installEventFilter(this);
    catalog->popup()->installEventFilter(this);
    connect(m_resident, &QLineEdit::textEdited, this, &IntakePage::findResidents);
    connect(residents, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { pickResident(sourceRow(index)); });
    connect(m_catalog, &QLineEdit::textEdited, this, &IntakePage::findCatalog);
    connect(catalog, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { pickCatalog(sourceRow(index)); });
    connect(m_handling, &QComboBox::currentIndexChanged, this, [this] {
        if (m_catalogId.isEmpty() && !m_restoring) {
            const auto h = static_cast<Handling>(m_handling->currentData().toInt());
            m_days->setValue(m_workspace.calendar().deadlineDays(m_actor.orgCode, h));
        }
        updateResolveNow();
        updateDeadline();
    });
    connect(m_days, &QSpinBox::valueChanged, this, &IntakePage::updateDeadline);
    connect(m_resolveNow, &QCheckBox::toggled, this, &IntakePage::updateResolveNow);
    for (QLineEdit *field : {m_newIdNumber, m_newPhone})
        connect(field, &QLineEdit::textEdited, this, &IntakePage::validateNewResident);

    for (QLineEdit *field :
        {m_resident, m_newName, m_newIdNumber, m_newPhone, m_newAddress, m_catalog, m_title, m_resolution})
        connect(field, &QLineEdit::textChanged, this, &IntakePage::scheduleDraft);
    connect(m_description, &QPlainTextEdit::textChanged, this, &IntakePage::scheduleDraft);
    for (QComboBox *box : {m_handling, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &IntakePage::scheduleDraft);
    connect(m_days, &QSpinBox::valueChanged, this, &IntakePage::scheduleDraft);
    connect(m_resolveNow, &QCheckBox::toggled, this, &IntakePage::scheduleDraft);

    m_days->setValue(m_workspace.calendar().deadlineDays(m_actor.orgCode, Handling::Fast));
    m_resident->setFocus();
}

void IntakePage::findResidents(const QString &text)
{
    m_residentId.clear();
    m_residentMatches->clear();
    const QString query = text.trimmed();
    m_newResident->setVisible(!query.isEmpty());
    m_residentInfo->setText(query.isEmpty() ? QString()
                                            : tr("Not picked from the list: a new resident is "
                                                 "registered with the case."));
    if (query.isEmpty())
        return;
    const QList<Resident> found = m_workspace.residents().find(query, kMatches);
    for (const Resident &r : found) {
        auto *item = new QStandardItem(
            QStringLiteral("%1  %2  %3  %4")
                .arg(r.name, masking::idNumber(r.idNumber), masking::phone(r.phone), r.address));
        item->setData(r.id, kIdRole);
        m_residentMatches->appendRow(item);
    }
    if (m_newName->text().isEmpty() || !m_newName->isModified()) {
        const bool looksLikeName = !query.at(0).isDigit() && query.at(0).unicode() >= 0x80;
        m_newName->setText(looksLikeName ? query : QString());
    }
    // Initials or digits name the person looked for; a name typed may be someone new who shares
    // it: Enter takes the first match only when it is the one match or bears exactly that name.
    const bool typedName = query.at(0).unicode() >= 0x80;
    if (!found.isEmpty())
        showMatches(m_resident, !typedName || found.size() == 1 || found.first().name == query);
}

bool IntakePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        for (QLineEdit *field : {m_resident, m_catalog}) {
            QAbstractItemView *popup = field->completer()->popup();
            if (watched != popup || (key != Qt::Key_Return && key != Qt::Key_Enter))
                continue;
            QModelIndex current = popup->currentIndex();
            if (!current.isValid() && field->property(kFirstIsSure).toBool())
                current = popup->model()->index(0, 0);
            if (!current.isValid())
                break; // nothing taken: the typed text stays (a new resident)
            popup->hide();
            if (field == m_resident)
                pickResident(sourceRow(current));
            else
                pickCatalog(sourceRow(current));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IntakePage::pickResident(int row)
{
    if (row < 0 || row >= m_residentMatches->rowCount())
        return;
    m_residentId = m_residentMatches->item(row)->data(kIdRole).toString();
    const std::optional<Resident> r = m_workspace.residents().byId(m_residentId);
    if (!r)
        return;
    m_resident->setText(r->name);
    m_newResident->hide();
    m_residentInfo->setText(
        tr("%1 · ID %2 · %3 · %4")
            .arg(r->name, masking::idNumber(r->idNumber), masking::phone(r->phone), r->address));
    scheduleDraft();
    m_catalog->setFocus();
}

void IntakePage::findCatalog(const QString &text)
{
    m_catalogId.clear();
    m_catalogMatches->clear();
    m_department->clear();
    if (text.trimmed().isEmpty())
        return;
    for (const CatalogItem &item : m_workspace.catalog().find(text.trimmed(), kMatches)) {
        auto *row = new QStandardItem(item.name);
        row->setData(item.id, kIdRole);
        row->setToolTip(QStringLiteral("%1 · %2").arg(handling::label(item.handling), item.department));
        m_catalogMatches->appendRow(row);
    }
    if (m_catalogMatches->rowCount() > 0)
        showMatches(m_catalog, true);
}

void IntakePage::pickCatalog(int row)
{
    if (row < 0 || row >= m_catalogMatches->rowCount())
        return;
    const std::optional<CatalogItem> item
        = m_workspace.catalog().byId(m_catalogMatches->item(row)->data(kIdRole).toString());
    if (!item)
        return;
    m_catalogId.clear(); // the class change below must not reset the days to the unit's rule
    m_catalog->setText(item->name);
    m_handling->setCurrentIndex(m_handling->findData(static_cast<int>(item->handling)));
    m_catalogId = item->id;
    m_days->setValue(item->deadlineDays);
    m_department->setText(
        tr("Department: %1 · %2 working days by the catalog").arg(item->department).arg(item->deadlineDays));
    updateDeadline();
    scheduleDraft();
    // A 即办 service is done while the citizen waits: the result is what comes next. A case that
    // cannot be finished now is one key away (the box's mnemonic).
    if (item->handling == Handling::Immediate) {
        m_resolveNow->setChecked(true);
        m_resolution->setFocus();
    } else {
        m_title->setFocus();
    }
}

void IntakePage::updateDeadline()
{
    // The day in China, as the ledger counts it (this computer may keep another zone).
    const QDate today = businesstime::dateOf(m_workspace.ledger().wallMs());
    const QDate due = m_workspace.calendar().deadlineFrom(today, m_days->value());
    m_deadline->setText(tr("due %1").arg(QLocale().toString(due, QStringLiteral("yyyy-MM-dd ddd"))));
}

void IntakePage::updateResolveNow()
{
    const bool immediate = static_cast<Handling>(m_handling->currentData().toInt()) == Handling::Immediate;
    m_resolveNow->setEnabled(immediate);
    if (!immediate)
        m_resolveNow->setChecked(false);
    m_resolution->setEnabled(immediate && m_resolveNow->isChecked());
}

void IntakePage::validateNewResident()
{
    clearErrors();
    const QString id = m_newIdNumber->text().trimmed();
    if (id.size() >= 15) {
        if (Result<ResidentId> parsed = ResidentId::parse(id); !parsed)
            showError(m_newIdNumber, parsed.error().message);
    }
    const QString phone = m_newPhone->text().trimmed();
    if (phone.size() >= 11) {
        if (Result<PhoneNumber> parsed = PhoneNumber::parse(phone); !parsed)
            showError(m_newPhone, parsed.error().message);
    }
}

void IntakePage::showError(QWidget *field, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setStyleSheet(QStringLiteral("border: 2px solid #B00020;"));
        field->setToolTip(message);
    }
}

void IntakePage::clearErrors()
{
    m_error->hide();
    for (QWidget *field : std::initializer_list<QWidget *> {m_resident, m_newName, m_newIdNumber, m_newPhone,
             m_catalog, m_title, m_description, m_resolution, m_days}) {
        field->setStyleSheet(QString());
        field->setToolTip(QString());
    }
}

bool IntakePage::save()
{
    clearErrors();
    m_notice->hide();
    if (m_actor.orgCode.isEmpty()) {
        showError(nullptr,
            tr("This user belongs to no unit; sign in as a clerk of a service center to register "
               "cases."));
        return false;
    }
    RegisterCaseInput input;
    input.orgCode = m_actor.orgCode;
    input.handling = static_cast<Handling>(m_handling->currentData().toInt());
    input.channel = static_cast<Channel>(m_channel->currentData().toInt());
    input.catalogId = m_catalogId;
    if (m_catalogId.isEmpty() && !m_catalog->text().trimmed().isEmpty()) {
        showError(m_catalog, tr("Pick the service item from the list, or leave it empty."));
        m_catalog->setFocus();
        return false;
    }
    input.title = m_title->text().trimmed();
    if (input.title.isEmpty())
        input.title = m_catalog->text().trimmed();
    if (input.title.isEmpty()) {
        showError(m_title, tr("Say in short what the citizen asks, or pick a service item."));
        m_title->setFocus();
        return false;
    }
    input.description = m_description->toPlainText().trimmed();
    input.deadlineDays = m_days->value();
    input.resolveNow = m_resolveNow->isChecked();
    input.resolution = m_resolution->text().trimmed();
    if (input.resolveNow && input.resolution.isEmpty()) {
        showError(m_resolution, tr("Say what was done to resolve it on the spot."));
        m_resolution->setFocus();
        return false;
    }

    // A resident picked from the list, a new one typed in, or nobody (an anonymous request).
    const bool newResident = m_residentId.isEmpty() && !m_resident->text().trimmed().isEmpty();
    if (newResident) {
        ResidentInput person;
        person.name = m_newName->text().trimmed();
        person.idNumber = m_newIdNumber->text().trimmed();
        person.phone = m_newPhone->text().trimmed();
        person.address = m_newAddress->text().trimmed();
        person.orgCode = m_actor.orgCode;
        if (person.name.isEmpty()) {
            showError(m_newName, tr("Type the new resident's name, or pick a resident from the list."));
            m_newName->setFocus();
            return false;
        }
        const auto refuse = [this](QLineEdit *field, const QString &message) {
            showError(field, message);
            field->setFocus();
            return false;
        };
        if (!person.idNumber.isEmpty()) {
            if (Result<ResidentId> id = ResidentId::parse(person.idNumber); !id)
                return refuse(m_newIdNumber, id.error().message);
        }
        if (!person.phone.isEmpty()) {
            if (Result<PhoneNumber> phone = PhoneNumber::parse(person.phone); !phone)
                return refuse(m_newPhone, phone.error().message);
        }
        if (Result<ResidentInput> valid = ResidentService::validate(person); !valid)
            return refuse(valid.error().field == QLatin1String("address") ? m_newAddress : m_newName,
                valid.error().message);
        Result<Resident> created = m_workspace.residents().registerResident(m_actor, person);
        if (!created) {
            showError(m_newIdNumber, created.error().message);
            return false;
        }
        m_residentId = created->id;
    }
    input.residentId = m_residentId;

    Result<CaseRecord> record = m_workspace.cases().registerCase(m_actor, input);
    if (!record) {
        QWidget *field = record.error().field == QLatin1String("title") ? static_cast<QWidget *>(m_title)
            : record.error().field == QLatin1String("description")      ? m_description
                                                                        : nullptr;
        showError(field, record.error().message);
        return false;
    }
    clearForm();
    QFile::remove(draftPath());
    m_notice->setText(tr("Saved as %1 (%2), due %3.")
                          .arg(record->number, casestate::label(record->state),
                              record->deadline.toString(QStringLiteral("yyyy-MM-dd"))));
    m_notice->show();
    emit saved(*record);
    return true;
}

bool IntakePage::isBlank() const
{
    return m_resident->text().trimmed().isEmpty() && m_catalog->text().trimmed().isEmpty()
        && m_title->text().trimmed().isEmpty() && m_description->toPlainText().trimmed().isEmpty();
}

void IntakePage::discard(bool ask)
{
    if (isBlank())
        return;
    if (ask
        && QMessageBox::question(this, tr("Discard"), tr("Throw away what was typed for this request?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    clearForm();
    QFile::remove(draftPath());
}

void IntakePage::clearForm()
{
    m_restoring = true;
    m_residentId.clear();
    m_catalogId.clear();
    for (QLineEdit *field :
        {m_resident, m_newName, m_newIdNumber, m_newPhone, m_newAddress, m_catalog, m_title, m_resolution})
        field->clear();
    m_description->clear();
    m_residentInfo->clear();
    m_department->clear();
    m_newResident->hide();
    m_handling->setCurrentIndex(1);
    m_channel->setCurrentIndex(0);
    m_resolveNow->setChecked(false);
    m_restoring = false;
    m_days->setValue(m_workspace.calendar().deadlineDays(m_actor.orgCode, Handling::Fast));
    m_draftTimer->stop();
    clearErrors();
    m_resident->setFocus();
}

QString IntakePage::draftPath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(
        QStringLiteral("drafts/intake-%1-%2.json").arg(m_workspace.ledger().device().id, m_actor.login));
}

void IntakePage::scheduleDraft()
{
    if (!m_restoring)
        m_draftTimer->start();
}

void IntakePage::writeDraft()
{
    if (isBlank()) {
        QFile::remove(draftPath());
        return;
    }
    const QJsonObject draft {
        {QStringLiteral("resident"), m_resident->text()},
        {QStringLiteral("residentId"), m_residentId},
        {QStringLiteral("residentInfo"), m_residentInfo->text()},
        {QStringLiteral("newName"), m_newName->text()},
        {QStringLiteral("newIdNumber"), m_newIdNumber->text()},
        {QStringLiteral("newPhone"), m_newPhone->text()},
        {QStringLiteral("newAddress"), m_newAddress->text()},
        {QStringLiteral("catalog"), m_catalog->text()},
        {QStringLiteral("catalogId"), m_catalogId},
        {QStringLiteral("handling"), m_handling->currentData().toInt()},
        {QStringLiteral("channel"), m_channel->currentData().toInt()},
        {QStringLiteral("days"), m_days->value()},
        {QStringLiteral("title"), m_title->text()},
        {QStringLiteral("description"), m_description->toPlainText()},
        {QStringLiteral("resolveNow"), m_resolveNow->isChecked()},
        {QStringLiteral("resolution"), m_resolution->text()},
    };
    QDir().mkpath(QFileInfo(draftPath()).absolutePath());
    QSaveFile file(draftPath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(draft).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void IntakePage::restoreDraft()
{
    QFile file(draftPath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject d = QJsonDocument::fromJson(file.readAll()).object();
    if (d.isEmpty())
        return;
    m_restoring = true;
    const auto text = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };
    m_resident->setText(text("resident"));
    m_residentId = text("residentId");
    m_residentInfo->setText(text("residentInfo"));
    m_newName->setText(text("newName"));
    m_newName->setModified(!m_newName->text().isEmpty()); // typed before: not replaced by the search
    m_newIdNumber->setText(text("newIdNumber"));
    m_newPhone->setText(text("newPhone"));
    m_newAddress->setText(text("newAddress"));
    m_newResident->setVisible(m_residentId.isEmpty() && !m_resident->text().isEmpty());
    m_catalog->setText(text("catalog"));
    m_catalogId = text("catalogId");
    m_handling->setCurrentIndex(
        std::max(0, m_handling->findData(d.value(QLatin1String("handling")).toInt())));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(d.value(QLatin1String("channel")).toInt())));
    m_days->setValue(d.value(QLatin1String("days")).toInt());
    m_title->setText(text("title"));
    m_description->setPlainText(text("description"));
    m_resolveNow->setChecked(d.value(QLatin1String("resolveNow")).toBool());
    m_resolution->setText(text("resolution"));
    m_restoring = false;
    m_notice->setText(tr("A request that was being typed when the program last stopped has been restored."));
    m_notice->show();
}

} // namespace tz
