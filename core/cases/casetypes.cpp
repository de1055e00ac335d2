// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/casetypes.h"

#include <QCoreApplication>

#include <array>

namespace tz {
namespace {

template<typename Enum, std::size_t N>
struct Names
{
    struct Entry
    {
        Enum value;
        const char *key;
        const char *chinese; // accepted as input too, so scripts may say 快办
        const char *label; // English source text for tr()
    };
    std::array<Entry, N> entries;

    std::optional<Enum> parse(QStringView text) const
    {
        const QString word = text.trimmed().toString();
        for (const Entry &e : entries) {
            if (word.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0
                || word == QString::fromUtf8(e.chinese))
                return e.value;
        }
        return std::nullopt;
    }
    const Entry *find(Enum value) const
    {
        for (const Entry &e : entries) {
            if (e.value == value)
                return &e;
        }
        return nullptr;
    }
    QString key(Enum value) const
    {
        const Entry *e = find(value);
        return e ? QString::fromLatin1(e->key) : QString();
    }
    QString label(const char *context, Enum value) const
    {
        const Entry *e = find(value);
        return e ? QCoreApplication::translate(context, e->label) : QString();
    }
};

const Names<Handling, 4> kHandling {{{
    {Handling::Immediate, "immediate", "即办", QT_TRANSLATE_NOOP("tz::Handling", "Immediate")},
    {Handling::Fast, "fast", "快办", QT_TRANSLATE_NOOP("tz::Handling", "Fast")},
    {Handling::Routed, "routed", "分办", QT_TRANSLATE_NOOP("tz::Handling", "Routed")},
    {Handling::Joint, "joint", "联办", QT_TRANSLATE_NOOP("tz::Handling", "Joint")},
}}};

const Names<CaseState, 8> kStates {{{
    {CaseState::Registered, "registered", "已受理", QT_TRANSLATE_NOOP("tz::CaseState", "Registered")},
    {CaseState::Dispatched, "dispatched", "已派单", QT_TRANSLATE_NOOP("tz::CaseState", "Dispatched")},
    {CaseState::Accepted, "accepted", "已接单", QT_TRANSLATE_NOOP("tz::CaseState", "Accepted")},
    {CaseState::InProgress, "in-progress", "办理中", QT_TRANSLATE_NOOP("tz::CaseState", "In progress")},
    {CaseState::Resolved, "resolved", "已办结", QT_TRANSLATE_NOOP("tz::CaseState", "Resolved")},
    {CaseState::FollowedUp, "followed-up", "已回访", QT_TRANSLATE_NOOP("tz::CaseState", "Followed up")},
    {CaseState::Closed, "closed", "已归档", QT_TRANSLATE_NOOP("tz::CaseState", "Closed")},
    {CaseState::Reopened, "reopened", "重办", QT_TRANSLATE_NOOP("tz::CaseState", "Reopened")},
}}};

const Names<Channel, 8> kChannels {{{
    {Channel::Counter, "counter", "窗口", QT_TRANSLATE_NOOP("tz::Channel", "Counter")},
    {Channel::Phone, "phone", "电话", QT_TRANSLATE_NOOP("tz::Channel", "Phone or hotline")},
    {Channel::WeChat, "wechat", "微信群", QT_TRANSLATE_NOOP("tz::Channel", "WeChat group")},
    {Channel::Visit, "visit", "入户走访", QT_TRANSLATE_NOOP("tz::Channel", "Home visit")},
    {Channel::Box, "box", "说事箱", QT_TRANSLATE_NOOP("tz::Channel", "Suggestion box")},
    {Channel::MiniProgram, "miniprogram", "小程序", QT_TRANSLATE_NOOP("tz::Channel", "Mini program")},
    {Channel::Mailbox, "mailbox", "书记信箱", QT_TRANSLATE_NOOP("tz::Channel", "Secretary mailbox")},
    {Channel::Meeting, "meeting", "屋场会", QT_TRANSLATE_NOOP("tz::Channel", "House meeting")},
}}};

const Names<Satisfaction, 3> kSatisfaction {{{
    {Satisfaction::Satisfied, "satisfied", "满意", QT_TRANSLATE_NOOP("tz::Satisfaction", "Satisfied")},
    {Satisfaction::MostlySatisfied, "mostly", "基本满意",
        QT_TRANSLATE_NOOP("tz::Satisfaction", "Mostly satisfied")},
    {Satisfaction::Unsatisfied, "unsatisfied", "不满意",
        QT_TRANSLATE_NOOP("tz::Satisfaction", "Unsatisfied")},
}}};

const Names<CaseAction, 18> kActions {{{
    {CaseAction::Register, "register", "受理", QT_TRANSLATE_NOOP("tz::CaseAction", "register")},
    {CaseAction::ResolveOnTheSpot, "resolve-on-the-spot", "即办",
        QT_TRANSLATE_NOOP("tz::CaseAction", "resolve on the spot")},
    {CaseAction::Dispatch, "dispatch", "派单", QT_TRANSLATE_NOOP("tz::CaseAction", "dispatch")},
    {CaseAction::Accept, "accept", "接单", QT_TRANSLATE_NOOP("tz::CaseAction", "accept")},
    {CaseAction::Return, "return", "退回", QT_TRANSLATE_NOOP("tz::CaseAction", "return")},
    {CaseAction::Note, "note", "备注", QT_TRANSLATE_NOOP("tz::CaseAction", "add a note")},
    {CaseAction::RequestMaterials, "request-materials", "补充材料",
        QT_TRANSLATE_NOOP("tz::CaseAction", "request materials")},
    {CaseAction::ReceiveMaterials, "materials-received", "材料已补",
        QT_TRANSLATE_NOOP("tz::CaseAction", "record materials received")},
    {CaseAction::Escalate, "escalate", "提级", QT_TRANSLATE_NOOP("tz::CaseAction", "escalate")},
    {CaseAction::Resolve, "resolve", "办结", QT_TRANSLATE_NOOP("tz::CaseAction", "resolve")},
    {CaseAction::AnswerAsCoHandler, "co-answer", "协办答复",
        QT_TRANSLATE_NOOP("tz::CaseAction", "answer as co-handler")},
    {CaseAction::FollowUp, "follow-up", "回访", QT_TRANSLATE_NOOP("tz::CaseAction", "follow up")},
    {CaseAction::Reopen, "reopen", "重办", QT_TRANSLATE_NOOP("tz::CaseAction", "reopen")},
    {CaseAction::Close, "close", "归档", QT_TRANSLATE_NOOP("tz::CaseAction", "close")},
    {CaseAction::Supervise, "supervise", "督办", QT_TRANSLATE_NOOP("tz::CaseAction", "supervise")},
    {CaseAction::ReviewConflict, "review-conflict", "核对冲突",
        QT_TRANSLATE_NOOP("tz::CaseAction", "review conflicts")},
    {CaseAction::LinkToIssue, "link-to-issue", "举一反三",
        QT_TRANSLATE_NOOP("tz::CaseAction", "link to a recurring issue")},
    {CaseAction::ResolveWithIssue, "resolve-with-issue", "随举一反三办结",
        QT_TRANSLATE_NOOP("tz::CaseAction", "resolve with its recurring issue")},
}}};

} // namespace

namespace handling {
std::optional<Handling> parse(QStringView key)
{
    return kHandling.parse(key);
}
QString key(Handling value)
{
    return kHandling.key(value);
}
QString label(Handling value)
{
    return kHandling.label("tz::Handling", value);
}
int defaultDeadlineDays(Handling value)
{
    switch (value) {
    case Handling::Immediate:
        return 0;
    case Handling::Fast:
        return 3;
    case Handling::Routed:
        return 5;
    case Handling::Joint:
        return 15;
    }
    return 5;
}
} // namespace handling

namespace casestate {
QString key(CaseState value)
{
    return kStates.key(value);
}
QString label(CaseState value)
{
    return kStates.label("tz::CaseState", value);
}
std::optional<CaseState> parse(QStringView key)
{
    return kStates.parse(key);
}
QList<CaseState> openStates()
{
    return {CaseState::Registered, CaseState::Dispatched, CaseState::Accepted, CaseState::InProgress,
        CaseState::Reopened};
}

bool isOpen(CaseState value)
{
    static const QList<CaseState> open = openStates();
    return open.contains(value);
}

const QString &openStatesSql()
{
    static const QString sql = [] {
        QStringList numbers;
        for (const CaseState state : openStates())
            numbers.append(QString::number(static_cast<int>(state)));
        return numbers.join(QStringLiteral(", "));
    }();
    return sql;
}
} // namespace casestate

namespace channel {
std::optional<Channel> parse(QStringView key)
{
    return kChannels.parse(key);
}
QString key(Channel value)
{
    return kChannels.key(value);
}
QString label(Channel value)
{
    return kChannels.label("tz::Channel", value);
}
} // namespace channel

namespace satisfaction {
std::optional<Satisfaction> parse(QStringView key)
{
    return kSatisfaction.parse(key);
}
QString key(Satisfaction value)
{
    return kSatisfaction.key(value);
}
QString label(Satisfaction value)
{
    return kSatisfaction.label("tz::Satisfaction", value);
}
} // namespace satisfaction

namespace caseaction {
QString key(CaseAction value)
{
    return kActions.key(value);
}
QString label(CaseAction value)
{
    return kActions.label("tz::CaseAction", value);
}
} // namespace caseaction

} // namespace tz
