// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/cases/caseactions.h"

#include "core/auth/userservice.h"
#include "core/cases/caseevents.h"
#include "core/cases/caseservice.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tz {
namespace {

// What the free text of each action is called, or nothing when the action takes none.
QString textLabel(CaseAction action)
{
    switch (action) {
    case CaseAction::Return:
    case CaseAction::Escalate:
    case CaseAction::Reopen:
        return CaseActionDialog::tr("Reason:");
    case CaseAction::Note:
        return CaseActionDialog::tr("Note:");
    case CaseAction::RequestMaterials:
        return CaseActionDialog::tr("Materials needed:");
    case CaseAction::Resolve:
    case CaseAction::ResolveOnTheSpot:
        return CaseActionDialog::tr("Result:");
    case CaseAction::AnswerAsCoHandler:
        return CaseActionDialog::tr("Answer:");
    case CaseAction::FollowUp:
        return CaseActionDialog::tr("What the citizen said:");
    case CaseAction::Supervise:
        return CaseActionDialog::tr("Supervision note:");
    case CaseAction::ReviewConflict:
        return CaseActionDialog::tr("What was decided:");
    default:
        return {};
    }
}

} // namespace

QString describeDecision(Workspace &workspace, const Event &event)
{
    QString detail;
    for (const char *key : {"reason", "result", "text", "answer", "remark", "what", "note", "name"}) {
        const QString value = event.payload.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            detail = CaseActionDialog::tr(": %1").arg(value);
    }
    const std::optional<User> who = workspace.users().byId(event.actor);
    const QString device = event.device == workspace.ledger().device().id
        ? CaseActionDialog::tr("this computer")
        : CaseActionDialog::tr("device …%1").arg(event.device.right(6));
    return QStringLiteral("%1 %2%3 — %4 (%5)")
        .arg(businesstime::displayOf(event.hlc.millis()), caseevents::label(event.type), detail,
            who ? who->displayName : event.actor, device);
}

CaseActionDialog::CaseActionDialog(
    Workspace &workspace, const Actor &actor, const CaseRecord &record, CaseAction action, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(actor)
    , m_record(record)
    , m_action(action)
{
    setWindowTitle(QStringLiteral("%1 — %2").arg(caseaction::label(action), record.number));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(record.number, record.title.toHtmlEscaped()), this));
    auto *form = new QFormLayout;
    if (action == CaseAction::Dispatch) {
        // Down the tree from the unit that has the case: itself or one of the units below it.
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("dispatchUnit"));
        QList<OrgUnit> units;
        if (const std::optional<OrgUnit> own = m_workspace.org().unit(record.orgCode))
            units.append(*own);
        units += m_workspace.org().children(record.orgCode);
        for (const OrgUnit &unit : std::as_const(units))
            m_unit->addItem(unit.name, unit.code);
        m_department = new QComboBox(this);
        m_department->setObjectName(QStringLiteral("dispatchDepartment"));
        form->addRow(tr("Lead unit:"), m_unit);
        form->addRow(tr("Department:"), m_department);
        connect(m_unit, &QComboBox::currentIndexChanged, this, &CaseActionDialog::fillDepartments);
        fillDepartments();
        if (record.handling == Handling::Joint) {
            m_coHandlers = new QListWidget(this);
            m_coHandlers->setObjectName(QStringLiteral("coHandlers"));
            for (const OrgUnit &unit : std::as_const(units)) {
                auto *item = new QListWidgetItem(unit.name, m_coHandlers);
                item->setData(Qt::UserRole, unit.code);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                for (const Department &d : m_workspace.org().departments(unit.code)) {
                    auto *dep
                        = new QListWidgetItem(QStringLiteral("%1 · %2").arg(unit.name, d.name), m_coHandlers);
                    dep->setData(Qt::UserRole, unit.code);
                    dep->setData(Qt::UserRole + 1, d.id);
                    dep->setFlags(dep->flags() | Qt::ItemIsUserCheckable);
                    dep->setCheckState(Qt::Unchecked);
                }
            }
            m_coHandlers->setMinimumHeight(140);
            form->addRow(tr("Co-handlers (联办):"), m_coHandlers);
        }
    }
    if (action == CaseAction::ReviewConflict) {
        // What the supervisor is looking at: each decision that did not take effect.
        QStringList lines;
        for (const Event &event : m_workspace.cases().losingDecisions(record))
            lines.append(QStringLiteral("• ") + describeDecision(m_workspace, event).toHtmlEscaped());
        auto *lost = new QLabel(tr("Decided on another computer at the same time and not applied "
                                   "(the case shows the decision that came first):<br>%1")
                                    .arg(lines.join(QStringLiteral("<br>"))),
            this);
        lost->setObjectName(QStringLiteral("losingDecisions"));
        lost->setWordWrap(true);
        layout->addWidget(lost);
    }
    if (action == CaseAction::FollowUp) {
        m_satisfaction = new QComboBox(this);
        m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
        for (Satisfaction s :
            {Satisfaction::Satisfied, Satisfaction::MostlySatisfied, Satisfaction::Unsatisfied})
            m_satisfaction->addItem(satisfaction::label(s), static_cast<int>(s));
        form->addRow(tr("Satisfaction:"), m_satisfaction);
    }
    if (const QString label = textLabel(action); !label.isEmpty()) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("actionText"));
        m_text->setTabChangesFocus(true);
        m_text->setMaximumHeight(100);
        form->addRow(label, m_text);
    }
    layout->addLayout(form);
    m_error = messages::errorLabel(this, QStringLiteral("actionError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(caseaction::label(action));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("actionOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (run())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

void CaseActionDialog::fillDepartments()
{
    m_department->clear();
    m_department->addItem(tr("(the unit itself)"), QString());
    for (const Department &d : m_workspace.org().departments(m_unit->currentData().toString()))
        m_department->addItem(d.name, d.id);
}

bool CaseActionDialog::run()
{
    CaseService &cases = m_workspace.cases();
    const QString number = m_record.number;
    const QString text = m_text ? m_text->toPlainText().trimmed() : QString();
    Result<CaseRecord> done = Error::invalid(QString());
    switch (m_action) {
    case CaseAction::Dispatch: {
        DispatchInput input;
        input.lead = {m_unit->currentData().toString(), m_department->currentData().toString(), {}};
        if (m_coHandlers) {
            for (int i = 0; i < m_coHandlers->count(); ++i) {
                const QListWidgetItem *item = m_coHandlers->item(i);
                if (item->checkState() == Qt::Checked)
                    input.coHandlers.append(
                        {item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString(), {}});
            }
        }
        done = cases.dispatch(m_actor, number, input);
        break;
    }
    case CaseAction::Accept:
        done = cases.accept(m_actor, number);
        break;
    case CaseAction::Return:
        done = cases.returnCase(m_actor, number, text);
        break;
    case CaseAction::Note:
        done = cases.note(m_actor, number, text);
        break;
    case CaseAction::RequestMaterials:
        done = cases.requestMaterials(m_actor, number, text);
        break;
    case CaseAction::ReceiveMaterials:
        done = cases.receiveMaterials(m_actor, number);
        break;
    case CaseAction::Escalate:
        done = cases.escalate(m_actor, number, text);
        break;
    case CaseAction::Resolve:
        done = cases.resolve(m_actor, number, text);
        break;
    case CaseAction::ResolveOnTheSpot:
        done = cases.resolveOnTheSpot(m_actor, number, text);
        break;
    case CaseAction::AnswerAsCoHandler:
        done = cases.answerAsCoHandler(m_actor, number, text);
        break;
    case CaseAction::FollowUp:
        done = cases.followUp(
            m_actor, number, static_cast<Satisfaction>(m_satisfaction->currentData().toInt()), text);
        break;
    case CaseAction::Reopen:
        done = cases.reopen(m_actor, number, text);
        break;
    case CaseAction::Close:
        done = cases.close(m_actor, number);
        break;
    case CaseAction::Supervise:
        done = cases.supervise(m_actor, number, !m_record.supervised, text);
        break;
    case CaseAction::ReviewConflict:
        done = cases.reviewConflict(m_actor, number, text);
        break;
    case CaseAction::Register:
    case CaseAction::LinkToIssue: // steps of a recurring issue, taken on the 举一反三 page
    case CaseAction::ResolveWithIssue:
        break;
    }
    if (!done) {
        m_error->setText(
            done.error().message.isEmpty() ? tr("This step cannot be taken here.") : done.error().message);
        m_error->show();
        return false;
    }
    return true;
}

CaseActionBar::CaseActionBar(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void CaseActionBar::setCase(const std::optional<CaseRecord> &record)
{
    m_record = record;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!record)
        return;
    int shown = 0;
    for (CaseAction action : m_workspace.cases().availableActions(m_actor, *record)) {
        if (action == CaseAction::Register)
            continue;
        auto *button = new QPushButton(action == CaseAction::Supervise && record->supervised
                ? tr("End supervision")
                : caseaction::label(action),
            this);
        button->setObjectName(QStringLiteral("action-%1").arg(caseaction::key(action)));
        m_layout->addWidget(button, shown / 3, shown % 3);
        ++shown;
        connect(button, &QPushButton::clicked, this, [this, action] {
            if (!m_record)
                return;
            CaseActionDialog dialog(m_workspace, m_actor, *m_record, action, this);
            if (dialog.exec() == QDialog::Accepted)
                emit acted(m_record->number);
        });
    }
}

} // namespace tz
