// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tz {

// The four handling classes (分类处置). Stored as numbers: never renumber.
enum class Handling : int { Immediate = 1, Fast = 2, Routed = 3, Joint = 4 };

// The closed loop of DOMAIN.md. Stored as numbers: never renumber.
enum class CaseState : int {
    Registered = 1,
    Dispatched = 2,
    Accepted = 3,
    InProgress = 4,
    Resolved = 5,
    FollowedUp = 6,
    Closed = 7,
    Reopened = 8,
};

enum class Channel : int {
    Counter = 1, // 定点接待/窗口
    Phone = 2, // 电话/热线
    WeChat = 3, // 微信群
    Visit = 4, // 入户走访
    Box = 5, // 说事箱
    MiniProgram = 6, // 小程序
    Mailbox = 7, // 书记信箱/接待日
    Meeting = 8, // 屋场会
};

enum class Satisfaction : int { Satisfied = 1, MostlySatisfied = 2, Unsatisfied = 3 };

// Everything a person can do to a case.
enum class CaseAction : int {
    Register,
    ResolveOnTheSpot, // 即办
    Dispatch,
    Accept,
    Return,
    Note,
    RequestMaterials,
    ReceiveMaterials,
    Escalate,
    Resolve,
    AnswerAsCoHandler,
    FollowUp,
    Reopen,
    Close,
    Supervise,
    ReviewConflict, // a supervisor has looked at the decisions that lost to others (not a state)
    // 举一反三: not buttons on one case, steps of a recurring issue (see CaseService::registerCase)
    LinkToIssue, // a supervisor puts an open case under the 举一反三 case that fixes its cause
    ResolveWithIssue, // resolved because its 举一反三 case was
};

namespace handling {
std::optional<Handling> parse(QStringView key); // immediate, fast, routed, joint (or 即办 …)
QString key(Handling value);
QString label(Handling value); // 即办 / 快办 / 分办 / 联办
int defaultDeadlineDays(Handling value);
} // namespace handling

namespace casestate {
QString key(CaseState value);
QString label(CaseState value);
std::optional<CaseState> parse(QStringView key);
// The open states (not yet resolved, or reopened): the one definition behind isOpen(), the
// queues, overdue and every SQL condition on open cases.
QList<CaseState> openStates();
bool isOpen(CaseState value);
// The same states as SQL, for `state IN (%1)`: "1, 2, 3, 4, 8".
const QString &openStatesSql();
} // namespace casestate

namespace channel {
std::optional<Channel> parse(
    QStringView key); // counter, phone, wechat, visit, box, miniprogram, mailbox, meeting
QString key(Channel value);
QString label(Channel value);
} // namespace channel

namespace satisfaction {
std::optional<Satisfaction> parse(QStringView key); // satisfied, mostly, unsatisfied (or 满意 …)
QString key(Satisfaction value);
QString label(Satisfaction value);
} // namespace satisfaction

namespace caseaction {
QString key(CaseAction value);
QString label(CaseAction value);
} // namespace caseaction

} // namespace tz
