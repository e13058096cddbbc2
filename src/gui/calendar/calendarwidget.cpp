#include "calendarwidget.h"

#include "calendarmodel.h"
#include "monthview.h"
#include "weekview.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CalendarWidget::CalendarWidget(const Database &database, const Clock &clock, PostActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_model(new CalendarModel(database, clock, actions, this))
    , m_month(new MonthView(this))
    , m_week(new WeekView(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_monthButton(new QToolButton(this))
    , m_weekButton(new QToolButton(this))
{
    setAccessibleName(tr("Calendar"));
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month or week (Alt+Left)"));
    previous->setAccessibleName(tr("Previous"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month or week (Alt+Right)"));
    next->setAccessibleName(tr("Next"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto *today = new QToolButton(this);
    today->setText(tr("&Today"));
    today->setToolTip(tr("Go to today (Alt+T)"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"calendarTitle"_s);

    m_monthButton->setText(tr("Month"));
    m_monthButton->setToolTip(tr("Show a month (Ctrl+2)"));
    m_weekButton->setText(tr("Week"));
    m_weekButton->setToolTip(tr("Show a week by the hour (Ctrl+3)"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : { m_monthButton, m_weekButton }) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        modes->addButton(button);
    }
    m_monthButton->setChecked(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_monthButton);
    bar->addWidget(m_weekButton);

    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_month->setObjectName(u"monthView"_s);
    m_week->setObjectName(u"weekView"_s);
    for (CalendarView *view : { static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week) }) {
        view->setModel(m_model);
        connect(view, &CalendarView::postActivated, this, &CalendarWidget::postActivated);
        connect(view, &CalendarView::message, this, &CalendarWidget::message);
        connect(view, &CalendarView::composeRequested, this, &CalendarWidget::composeRequested);
        connect(view, &CalendarView::dayOpened, this, [this](const QDate &day) {
            m_mode = Mode::Week; // setDate below reads the week's range once
            m_weekButton->setChecked(true);
            m_stack->setCurrentWidget(m_week);
            setDate(day);
        });
    }
    connect(m_model, &CalendarModel::postsChanged, this, &CalendarWidget::postsChanged);
    connect(m_model, &CalendarModel::loadFailed, this, &CalendarWidget::message);
    connect(previous, &QToolButton::clicked, this, &CalendarWidget::showPrevious);
    connect(next, &QToolButton::clicked, this, &CalendarWidget::showNext);
    connect(today, &QToolButton::clicked, this, &CalendarWidget::showToday);
    connect(m_monthButton, &QToolButton::clicked, this, [this] { setMode(Mode::Month); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { setMode(Mode::Week); });
    m_model->setDeferred(true); // read when first shown, not while the window starts on another page
    showToday();
}

void CalendarWidget::showEvent(QShowEvent *event)
{
    m_model->setDeferred(false);
    QWidget::showEvent(event);
}

void CalendarWidget::hideEvent(QHideEvent *event)
{
    m_model->setDeferred(true);
    QWidget::hideEvent(event);
}

CalendarView *CalendarWidget::current() const
{
    return m_mode == Mode::Month ? static_cast<CalendarView *>(m_month) : static_cast<CalendarView *>(m_week);
}

void CalendarWidget::setMode(Mode mode)
{
    const QDate date = current()->date();
    m_mode = mode;
    (mode == Mode::Month ? m_monthButton : m_weekButton)->setChecked(true);
    m_stack->setCurrentWidget(current());
    setDate(date);
}

void CalendarWidget::setDate(const QDate &date)
{
    m_month->setDate(date); // both keep the date, so that switching keeps the place
    m_week->setDate(date);
    m_model->setRange(current()->firstDay(), current()->lastDay(), current()->postsPerDay());
    updateTitle();
}

void CalendarWidget::showPrevious()
{
    const QDate date = current()->date();
    setDate(m_mode == Mode::Month ? date.addMonths(-1) : date.addDays(-7));
}

void CalendarWidget::showNext()
{
    const QDate date = current()->date();
    setDate(m_mode == Mode::Month ? date.addMonths(1) : date.addDays(7));
}

void CalendarWidget::showToday()
{
    setDate(m_model->today());
}

void CalendarWidget::refresh()
{
    m_model->refresh();
}

void CalendarWidget::updateTitle()
{
    const QLocale locale;
    if (m_mode == Mode::Month) {
        const QDate date = m_month->date();
        m_title->setText(locale.standaloneMonthName(date.month()) + u' ' + QString::number(date.year()));
        return;
    }
    const QDate first = m_week->firstDay();
    const QDate last = m_week->lastDay();
    m_title->setText(tr("%1 – %2").arg(locale.toString(first, u"d MMM"_s), locale.toString(last, u"d MMM yyyy"_s)));
}

void CalendarWidget::setReadOnly(bool readOnly)
{
    m_month->setReadOnly(readOnly);
    m_week->setReadOnly(readOnly);
}
