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
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMatches = 8;

void makeCompleter(QStandardItemModel *model, QLineEdit *field)
{
    auto *completer = new QCompleter(model, field);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(kMatches);
    field->setCompleter(completer);
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
    addHeading(outer);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addResidentRows(form);
    addServiceRows(form);
    addRequestRows(form);
    outer->addLayout(form);
    addButtons(outer);
    outer->addStretch(1);
    connectKeys();
    connectFields();
    if (m_actor.orgCode.isEmpty()) {
        // Nothing to fill in: a case is registered at a unit, and this user has none.
        for (QWidget *field : findChildren<QWidget *>())
            if (qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field)
                || qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field)
                || qobject_cast<QAbstractButton *>(field))
                field->setEnabled(false);
    }
    m_days->setValue(m_workspace.calendar().deadlineDays(m_actor.orgCode, Handling::Fast));
    m_resident->setFocus();
}

void IntakePage::addHeading(QVBoxLayout *outer)
{
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
}

void IntakePage::addResidentRows(QFormLayout *form)
{
    m_resident = new QLineEdit(this);
    m_resident->setObjectName(QStringLiteral("resident"));
    m_resident->setPlaceholderText(tr("Name, pinyin initials, phone or last digits of the ID number"));
    m_residentMatches = new QStandardItemModel(this);
    makeCompleter(m_residentMatches, m_resident);
    m_residentInfo = new QLabel(this);
    m_residentInfo->setObjectName(QStringLiteral("residentInfo"));
    form->addRow(tr("&Resident:"), m_resident);
    form->addRow(QString(), m_residentInfo);

    // Someone not found: registered with the case.
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
}

void IntakePage::addServiceRows(QFormLayout *form)
{
    m_catalog = new QLineEdit(this);
    m_catalog->setObjectName(QStringLiteral("catalog"));
    m_catalog->setPlaceholderText(tr("Type two characters or the initials of a service item"));
    m_catalogMatches = new QStandardItemModel(this);
    makeCompleter(m_catalogMatches, m_catalog);
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
}

void IntakePage::addRequestRows(QFormLayout *form)
{
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
}

void IntakePage::addButtons(QVBoxLayout *outer)
{
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
    connect(m_save, &QPushButton::clicked, this, &IntakePage::save);
    connect(clear, &QPushButton::clicked, this, [this] { discard(true); });
}

void IntakePage::connectKeys()
{
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IntakePage::save);
    }
    auto *escape
        = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] { discard(true); });
    // Enter in a list of matches takes one (eventFilter).
    for (QLineEdit *field : {m_resident, m_catalog})
        field->completer()->popup()->installEventFilter(this);
}

void IntakePage::connectFields()
{
    connect(m_resident, &QLineEdit::textEdited, this, &IntakePage::findResidents);
    connect(m_resident->completer(), qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { pickResident(sourceRow(index)); });
    connect(m_catalog, &QLineEdit::textEdited, this, &IntakePage::findCatalog);
    connect(m_catalog->completer(), qOverload<const QModelIndex &>(&QCompleter::activated), this,
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

    // Every change is kept in the draft file.
    for (QLineEdit *field :
        {m_resident, m_newName, m_newIdNumber, m_newPhone, m_newAddress, m_catalog, m_title, m_resolution})
        connect(field, &QLineEdit::textChanged, this, &IntakePage::scheduleDraft);
    connect(m_description, &QPlainTextEdit::textChanged, this, &IntakePage::scheduleDraft);
    for (QComboBox *box : {m_handling, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &IntakePage::scheduleDraft);
    connect(m_days, &QSpinBox::valueChanged, this, &IntakePage::scheduleDraft);
    connect(m_resolveNow, &QCheckBox::toggled, this, &IntakePage::scheduleDraft);
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
             m_newAddress, m_catalog, m_handling, m_title, m_description, m_resolution, m_days}) {
        field->setStyleSheet(QString());
        field->setToolTip(QString());
    }
}

RegistrationDraft IntakePage::registration() const
{
    RegistrationDraft draft;
    RegisterCaseInput &input = draft.input;
    input.orgCode = m_actor.orgCode;
    input.handling = static_cast<Handling>(m_handling->currentData().toInt());
    input.channel = static_cast<Channel>(m_channel->currentData().toInt());
    input.catalogId = m_catalogId;
    input.title = m_title->text().trimmed();
    input.description = m_description->toPlainText().trimmed();
    input.deadlineDays = m_days->value();
    input.resolveNow = m_resolveNow->isChecked();
    input.resolution = m_resolution->text().trimmed();
    // A resident picked from the list, a new one typed in, or nobody (an anonymous request).
    input.residentId = m_residentId;
    if (m_residentId.isEmpty() && !m_resident->text().trimmed().isEmpty()) {
        ResidentInput person;
        person.name = m_newName->text().trimmed();
        person.idNumber = m_newIdNumber->text().trimmed();
        person.phone = m_newPhone->text().trimmed();
        person.address = m_newAddress->text().trimmed();
        draft.newResident = person;
    }
    return draft;
}

QWidget *IntakePage::fieldNamed(const QString &field) const
{
    const std::pair<const char *, QWidget *> fields[] = {{"title", m_title}, {"description", m_description},
        {"resolution", m_resolution}, {"catalog", m_catalog}, {"handling", m_handling},
        {"deadlineDays", m_days}, {"resident", m_resident}, {"newResident.name", m_newName},
        {"newResident.idNumber", m_newIdNumber}, {"newResident.phone", m_newPhone},
        {"newResident.address", m_newAddress}};
    for (const auto &[name, widget] : fields)
        if (field == QLatin1String(name))
            return widget;
    return nullptr;
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
    if (m_catalogId.isEmpty() && !m_catalog->text().trimmed().isEmpty()) {
        showError(m_catalog, tr("Pick the service item from the list, or leave it empty."));
        m_catalog->setFocus();
        return false;
    }
    // Core checks the draft and says which field is wrong; a new resident is saved first.
    RegistrationDraft typed = registration();
    Result<CaseRecord> record = m_workspace.cases().registerDraft(m_actor, typed);
    m_residentId = typed.input.residentId; // a new resident saved stays picked, whatever the case
    if (!record) {
        QWidget *field = fieldNamed(record.error().field);
        showError(field, record.error().message);
        if (field)
            field->setFocus();
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

} // namespace tz
