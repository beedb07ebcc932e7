//! Every interface string, in Chinese (default) and English.
//!
//! Components never hold literal text: they ask [`t`] for a [`Msg`]. The `messages!` table
//! defines each key together with both of its texts, so a key without a translation does not
//! compile; the tests below also check that no text is empty and that the Chinese side is
//! Chinese and the English side is not.

use crate::domain::Lang;

pub mod spoken;

macro_rules! messages {
    ($name:ident, $all:ident, $($key:ident => ($zh:expr, $en:expr $(,)?),)*) => {
        /// The keys of a message table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($key,)*
        }

        /// Every key, for tests that check the whole table.
        pub const $all: &[$name] = &[$($name::$key,)*];

        impl Message for $name {
            fn text(self, lang: Lang) -> &'static str {
                let (zh, en) = match self {
                    $($name::$key => ($zh, $en),)*
                };
                match lang {
                    Lang::Zh => zh,
                    Lang::En => en,
                }
            }
        }
    };
}

/// A key of a message table: [`Msg`] for both pages, [`ToolsMsg`] for the counsellors' page
/// only (its texts are not in the public page's module, which never asks for them).
pub trait Message: Copy {
    fn text(self, lang: Lang) -> &'static str;
}

/// The text of `msg` in `lang`.
pub fn t<M: Message>(lang: Lang, msg: M) -> &'static str {
    msg.text(lang)
}

messages! {
    Msg,
    ALL,
    AppTitle => ("技能差距评估", "Skill Gap Check"),
    AppTagline => (
        "说说你会什么，选一个想去的岗位，看看还差哪些技能、上哪些短期培训课。",
        "Tell us what you can do, pick a job you want, and see which skills are missing and which short courses close the gap.",
    ),
    SwitchLanguage => ("English", "中文"),
    BrowseOpen => ("不想打字？看图选", "Rather not type? Choose by pictures"),
    BrowseClose => ("收起图片", "Hide the pictures"),
    RecoveryTitle => ("出错了", "Something went wrong"),
    RecoveryText => (
        "程序遇到了问题，停止了运行。你可以先下载刚才填写的内容（只保存在你的设备上），然后重新开始。",
        "The app hit a problem and stopped. You can download what you entered (it stays on your device), then start again.",
    ),
    RecoveryDownload => ("下载刚才的评估（JSON 文件）", "Download the assessment (JSON file)"),
    RecoveryRestart => ("重新开始", "Start again"),
    LargeText => ("大字", "Larger text"),
    KioskStillThere => ("还在使用吗？", "Are you still there?"),
    KioskContinue => ("继续使用", "Continue"),
    SampleDataNotice => (
        "示例数据：职业编码来自国家职业分类大典（2022年版），但技能要求、课程、学时、费用和补贴仅为示例，不是官方发布。",
        "Sample data: occupation codes are from the national classification (2022), but skill requirements, courses, hours, fees and subsidies are illustrative, not an official release.",
    ),
    StepConstraints => ("什么时候、在哪里培训？", "When and where can you train?"),
    CityLabel => ("你所在的城市（找工作和培训）", "Your city (for jobs and training)"),
    AnyCity => ("全省都可以", "Anywhere in Liaoning"),
    FreeMonthsLabel => ("哪几个月有空？（不选表示都可以）", "Which months are you free? (none ticked: any month)"),
    HoursPerWeekLabel => ("每周能学多少小时", "Hours of training per week"),
    ObjectiveLabel => ("方案优先", "Plan for"),
    ObjectiveHours => ("学时最少", "fewest hours"),
    ObjectiveCost => ("自己花钱最少（扣除补贴）", "least money out of pocket (after subsidy)"),
    OriginSearchLabel => ("从以前的工作开始", "Start from a previous job"),
    OriginSearchPlaceholder => ("例如：下井的、种地的、开货车", "e.g. coal miner, farmer, truck driver"),
    OriginHint => (
        "选一个你以前的工作，会自动填入这种工作常见的技能和水平，你可以再改。",
        "Pick a job you had: its usual skills and levels are filled in, and you can change them.",
    ),
    NoOriginFound => ("没有找到这个工作，换个说法试试。", "No such job found; try another word."),
    Undo => ("撤销上一步", "Undo"),
    SameLevelWarning => (
        "你给所有技能选了同样的水平。请再看看：有的活是不是做得更熟，有的只懂一点？",
        "You gave every skill the same level. Please check: are you better at some and only a beginner at others?",
    ),
    ToolsLink => ("就业服务人员工具", "Tools for employment counsellors"),
    ToolsLinkHint => (
        "导入目录与岗位数据、保存多位求职者的评估、查看群体统计：在单独的页面打开，求职者不用下载。",
        "Import catalogues and job data, keep several workers' assessments, see a cohort: on a page of their own, so job seekers do not download them.",
    ),
    EnglishLoading => (
        "正在加载职业、技能和课程的英文名称……",
        "Loading the English names of occupations, skills and courses…",
    ),
    EnglishFailed => (
        "职业、技能和课程的英文名称没有加载成功，暂时显示中文。请检查网络后重试。",
        "The English names of occupations, skills and courses could not be loaded, so they are shown in Chinese for now. Check the connection and try again.",
    ),
    TryAgain => ("重试", "Try again"),
    PartLoading => ("正在加载……", "Loading…"),
    PartFailed => (
        "这一部分没有加载成功。请检查网络后重试，已填写的内容不会丢失。如果网站刚刚更新过，请重新加载页面。",
        "This part could not be loaded. Check the connection and try again; what you entered is kept. If the site has just been updated, reload the page.",
    ),
    EnglishOutdated => (
        "网站已经更新，这个页面还是旧版本，英文名称对不上。请重新加载页面（已填写的内容会保留）。",
        "The site has been updated and this page is an older version, so the English names do not fit it. Reload the page (what you entered is kept).",
    ),
    Reload => ("重新加载", "Reload"),
    StepSkills => ("第一步：你会什么？", "Step 1: What can you do?"),
    StepSkillsHint => (
        "输入技能名称或平常的说法（如“电焊”“开叉车”），从列表中选择，再选你的水平。",
        "Type a skill or an everyday word for it (e.g. “stick welding”, “forklift”), pick it from the list, then choose your level.",
    ),
    SkillSearchLabel => ("查找技能", "Skill search"),
    SkillSearchPlaceholder => ("例如：电焊、叉车、PLC", "e.g. welding, forklift, PLC"),
    NoSkillFound => ("没有找到这个技能，换个说法试试。", "No skill found; try another word."),
    NoSkillsYet => ("还没有添加技能。", "No skills added yet."),
    LevelLabel => ("水平", "Level"),
    RemoveSkill => ("删除", "Remove"),
    StepTarget => ("第二步：想去哪个岗位？", "Step 2: Which job do you want?"),
    TargetLabel => ("目标职业", "Target occupation"),
    TargetSearchLabel => ("查找岗位", "Find a job"),
    TargetSearchPlaceholder => ("岗位名、俗称、拼音或编码，如：焊工、护工", "name, everyday word or code, e.g. welder"),
    NoTargetFound => ("没有找到这个岗位，换个说法试试，或在下面按产业挑选。", "No such job found; try another word, or pick one below by industry."),
    TargetPlaceholder => ("请选择职业", "Choose an occupation"),
    ShortageTag => ("紧缺", "shortage"),
    StepResult => ("第三步：差距和培训", "Step 3: Gap and training"),
    ResultNeedsTarget => ("选好目标职业后，这里显示结果。", "Choose a target occupation to see the result here."),
    NoticeLinkOpened => ("已打开分享给你的评估。", "The shared assessment is open."),
    NoticeLinkBroken => ("这个分享链接打不开，已为你打开一份空白评估。", "This share link cannot be opened; you have an empty assessment instead."),
    NoticeResumed => ("已恢复你上次在这台设备上的评估。", "Your last assessment on this device is back."),
    NoticeSetAside => (
        "上次保存的评估读不出来，已经另外存放，不会再使用。你可以重新开始。",
        "The assessment saved last time could not be read; it was set aside and will not be used. You can start again.",
    ),
    NoticeFileOpened => ("已打开评估文件。", "The assessment file is open."),
    NoticeFileBroken => ("这个文件打不开，你填写的内容没有变：", "This file cannot be opened; what you entered is unchanged:"),
    NoticeForgotten => ("已删除。这台设备上不再保存你的评估。", "Forgotten. Nothing of your assessment is kept on this device."),
    NoticeSaveFailed => ("这台设备不允许保存（可能是隐私模式），关闭后内容会丢失。", "This device does not allow saving (private mode?); closing the page loses what you entered."),
    NoticeLinkNotReadNow => (
        "这个分享链接现在打不开：页面中用来读取它的部分没能下载（可能没有联网）。链接还在地址栏里，联网后重新加载页面即可。",
        "This share link cannot be opened just now: the part of the page that reads it could not be downloaded (no connection?). The link is still in the address bar: reload the page when you are online.",
    ),
    NoticeCopyNotReadNow => (
        "你上次保存的评估现在读不出来：页面中用来读取它的部分没能下载（可能没有联网）。它还保存在这台设备上，联网后重新加载页面即可；在那之前，这里的修改不会保存。",
        "Your saved assessment cannot be read just now: the part of the page that reads it could not be downloaded (no connection?). It is still on this device: reload the page when you are online. Until then, changes here are not saved.",
    ),
    NoticeOtherEdition => ("它是用另一版课程目录做的：", "It was made with another catalogue edition:"),
    Dismiss => ("知道了", "OK"),
    CatalogueError => ("课程目录无法读取：", "The catalogue could not be read:"),
    Disclaimer => (
        "本结果仅供参考，不是录用或培训资格的决定。你输入的内容只保存在本机浏览器中。",
        "This result is guidance, not a hiring or eligibility decision. What you enter stays in this browser.",
    ),
}

// The words of the parts loaded on demand (step 4's result, the comparison and take-away, the
// suggestions, "describe it in your own words"): only code in those parts asks for them, so the
// public page's first load does not carry them.
messages! {
    PartMsg,
    PART_ALL,
    PrintTitle => ("技能差距评估报告", "Skill gap report"),
    PrintDate => ("日期", "Date"),
    PrintEdition => ("课程目录版本", "Catalogue edition"),
    PrintMeaning => (
        "怎么看：匹配度是你已达到的技能要求（按重要程度加权）占全部要求的比例；“还差”是差几个等级；学时和补贴来自课程目录，开班以培训机构通知为准。",
        "How to read it: the match is the share of the job's skill requirements you already meet, weighted by importance; “short by” counts levels; hours and subsidies come from the catalogue, and providers confirm start dates.",
    ),
    FitOverQualified => ("你的水平比这个岗位要求高很多，可能屈才", "well below your level: you may be over-qualified"),
    FitAsksLittle => ("这个岗位要求不多，用不上你大部分本事", "asks little: it uses few of your skills"),
    ColSkill => ("技能", "Skill"),
    BrowseTradesTitle => ("你干过哪一行？点一下图片", "Which kind of work? Tap a picture"),
    BrowseSkillsTitle => ("点一样你会干的活", "Tap something you can do"),
    BrowseOriginsTitle => ("以前干过的活：点一下，常用的技能就都加上了", "A job you had: tap it to add its usual skills"),
    BrowseBack => ("返回", "Back"),
    ReadAloud => ("读给我听", "Read to me"),
    ReadPause => ("暂停", "Pause"),
    ReadResume => ("接着读", "Go on"),
    ReadStop => ("停下", "Stop"),
    ReadSlower => ("读慢一点", "Slower"),
    CreditedTitle => ("相关经验也算了一部分：", "Related experience counted in part:"),
    TotalFee => ("学费合计", "Fees in total"),
    TotalSubsidy => ("补贴合计", "Subsidies in total"),
    OutOfPocket => ("自付", "Out of pocket"),
    StartsIn => ("开始", "Starts"),
    Weeks => ("周", "weeks"),
    PlanNotProven => (
        "课程较多，这个方案不一定是最短的；与理论下限相差不超过：",
        "With this many courses the plan may not be the shortest; it is at most this far above the lower bound:",
    ),
    OutlookReady => ("完成培训后可以报考", "After the plan you can sit"),
    OutlookNext => ("下一步可以考", "The next step up is"),
    OutlookNotYet => ("完成这些课程后还达不到这个职业的五级水平。", "After these courses you are not yet at Grade 5 in this occupation."),
    UnclosableNoCourse => ("目录中没有能教到这个水平的短期课程", "no short course in the catalogue teaches this level"),
    UnclosableNotHere => ("有课程，但不在所选城市或空闲月份", "courses exist, but not in your city or free months"),
    SuggestionsTitle => ("适合我的职业", "Jobs that fit me"),
    SuggestionsHint => (
        "按合适程度排列：既看你达到了岗位要求的多少，也看岗位用得上你多少本事，水平不高出太多也不差太多；紧缺职业最多往前提 5%。百分数是匹配度。点“看这个”查看差距和培训方案。",
        "Ordered by fit: how much of the job you already meet, how much of what you can do the job uses, and neither far above nor far below your level; shortage occupations move up by at most 5 %. The percentage is the match. Press “Show” to see the gap and the plan.",
    ),
    ShowThis => ("看这个", "Show"),
    DescribeTitle => ("用自己的话说说", "Describe it in your own words"),
    DescribeLabel => ("你做过什么、会什么？", "What have you done, what can you do?"),
    DescribePlaceholder => (
        "例如：在煤矿井下干了十五年，会开采煤机，懂一点电工，有叉车证",
        "e.g. I worked underground for fifteen years, I can run a shearer, I know a little about electrics and I have a forklift licence",
    ),
    DescribeButton => ("找出技能", "Find my skills"),
    DescribeFound => ("找到了这些技能，请确认（可以取消勾选或改水平）：", "These skills were found; please check them (untick or change a level):"),
    DescribeNone => ("没有找到技能。换个说法，或用上面的查找。", "No skills found. Try other words, or use the search above."),
    DescribeAdd => ("添加选中的技能", "Add the ticked skills"),
    OpeningsTitle => ("岗位需求", "Job openings"),
    SeasonalTitle => ("空闲月份能做的季节工", "Seasonal work in your free months"),
    SeasonalHint => ("按你空闲的月份和所在城市找。", "By your free months and your city."),
    SeasonalShow => ("看这个职业", "Show this job"),
    SeasonalNone => ("你空闲的这几个月，附近没有季节性岗位。", "No seasonal openings near you in your free months."),
    OpeningsBoostLabel => ("优先显示本市岗位多的职业", "Prefer jobs with more openings in my city"),
    OpeningsFilterLabel => ("只看有岗位的职业", "Only jobs with openings"),
    OpeningsFilterAny => ("不限", "no filter"),
    OpeningsFilterCity => ("本市有岗位", "openings in my city"),
    OpeningsFilterProvince => ("全省有岗位", "openings in the province"),
    DemandSample => ("来源：示例数据，不是官方统计", "Source: sample data, not official figures"),
    DemandSource => ("来源", "Source"),
    NoOpenings => ("目前没有这个职业的岗位数据。", "No openings data for this job yet."),
    DerivedNote => (
        "这个职业的技能要求是按《职业分类大典》里的主要工作任务对照出来的，没有经过人工审核。任务里没写要到几级，所以只看你有没有这项技能。",
        "This job's skill requirements are read from its main tasks in the national occupational classification and have not been reviewed by hand. The tasks state no level, so only whether you have each skill is checked.",
    ),
    DerivedNone => (
        "这个职业的任务里没有能对上本目录技能的内容，所以算不出匹配度，也排不出培训方案。下面是官方的职业定义和主要工作任务，可以和就业服务人员一起看。",
        "None of this job's tasks maps onto a skill in this catalogue, so no match or training plan can be worked out. The official definition and main tasks are below, to go through with an employment counsellor.",
    ),
    OfficialTitle => ("官方职业定义和主要工作任务", "Official definition and main tasks (in Chinese)"),
    OfficialLoading => ("正在取官方的职业定义和任务……", "Fetching the official definition and tasks…"),
    OfficialFailed => ("官方的职业定义和任务没有取到（可能是断网了）。", "The official definition and tasks could not be fetched (perhaps the connection is down)."),
    OfficialRetry => ("再试一次", "Try again"),
    OfficialMissing => ("《职业分类大典》没有列出这个职业的主要工作任务。", "The classification lists no main tasks for this job."),
    MatchLabel => ("匹配度", "Match"),
    MatchExplain => (
        "匹配度按岗位要求的每项技能的重要程度加权计算：100% 表示每项技能都达到了要求的水平。",
        "The match weighs each required skill by its importance: 100 % means every skill is at the required level.",
    ),
    SkillGap => ("技能差距", "Skill gap"),
    ColRequired => ("岗位要求", "Required"),
    ColHeld => ("你的水平", "You have"),
    ColShort => ("还差", "Short by"),
    AllSkillsMet => ("你已达到这个岗位的全部技能要求。", "You meet every skill this job requires."),
    RecommendedCourses => ("推荐课程", "Recommended courses"),
    NoCoursesNeeded => ("不需要再培训。", "No training needed."),
    Hours => ("学时", "hours"),
    TotalHours => ("总学时", "Total hours"),
    Certificate => ("证书", "Certificate"),
    NoCertificate => ("培训合格证明", "Certificate of completion"),
    Where => ("地点", "Where"),
    Online => ("线上", "Online"),
    Fee => ("费用", "Fee"),
    Subsidy => ("取证补贴", "Subsidy on certification"),
    Prerequisite => ("需先完成", "Requires"),
    Unclosable => (
        "以下技能目前没有课程能教到要求的水平，请咨询就业服务人员：",
        "No course currently teaches these skills to the required level; ask an employment counsellor:",
    ),
    GapChartTitle => ("差距图", "Gap chart"),
    GapChartDesc => (
        "每项技能一行：实心条是你现在的水平，空心框是岗位要求的水平。下面的表格是同样的内容。",
        "One row per skill: the solid bar is your level now, the outlined box the level the job asks for. The table below gives the same figures.",
    ),
    ChartHeld => ("你现在的水平", "Your level now"),
    ChartRequired => ("岗位要求", "Required"),
    TimelineTitle => ("培训日程", "Training calendar"),
    TimelineHint => (
        "每门课在开班的月份开始，按你每周能学的小时数排；斜线月份是你没空的月份。",
        "Each course starts in a month it is offered and runs at your hours per week; hatched months are ones you are not free.",
    ),
    AlsoOpenTitle => ("学完这些课，你还可以申请：", "After this plan you can also apply for:"),
    CompareAdd => ("加入比较", "Compare"),
    TakeAwayTitle => ("带走结果", "Take your result with you"),
    ShareLinkLabel => (
        "分享链接：全部内容都在链接里，不经过我们的服务器，也不含姓名。",
        "Share link: everything is in the link itself; it never passes through our server and holds no name.",
    ),
    CopyLink => ("复制链接", "Copy link"),
    Copied => ("已复制。", "Copied."),
    CopyFailed => ("无法复制，请长按链接手动复制。", "Could not copy; select the link and copy it by hand."),
    QrLabel => ("用手机扫这个二维码，就能在手机上打开这份结果。", "Scan this code with your phone to open this result there."),
    QrTooLong => ("内容太多，无法生成二维码；请用链接或打印。", "Too much for a QR code; use the link or print instead."),
    PrintButton => ("打印报告", "Print the report"),
    DownloadJson => ("下载评估文件（JSON）", "Download the assessment (JSON)"),
    OpenJson => ("打开评估文件", "Open an assessment file"),
    ForgetButton => ("删除这份评估", "Forget this assessment"),
    ForgetHint => ("清除你在这台设备上填写的全部内容。", "Clears everything you entered from this device."),
    SavedHere => ("已自动保存在这台设备上（不会上传）。", "Saved on this device automatically (never uploaded)."),
    NotSavedKiosk => (
        "公共设备：什么都不保存。离开前请点“删除这份评估”。",
        "Public device: nothing is saved. Press “Forget this assessment” before you leave.",
    ),
    NotSavedCounsellor => (
        "工作人员模式：不会自动保存。经本人同意后，可以用“保存到本机”保存。",
        "Counsellor mode: nothing is saved automatically. With the worker's consent, use “Save on this device”.",
    ),
    LinkTooLong => (
        "内容太多，放不进分享链接；请打印或下载评估文件。",
        "Too much for a share link; print the report or download the assessment file instead.",
    ),
    NotSavedHeld => (
        "暂时不保存：你上次保存的评估还没读出来，不会被覆盖。联网后重新加载页面即可。",
        "Not saved for now: your saved assessment has not been read yet and will not be overwritten. Reload the page when you are online.",
    ),
}

// The counsellors' page's words: the saved list, the notes, the comparison, the cohort view and
// the data panel.
messages! {
    ToolsMsg,
    TOOLS_ALL,
    CounsellorTitle => ("工作人员工具", "Counsellor tools"),
    NotesLabel => (
        "工作人员备注（只保存在这台设备上，会打印和导出，不进分享链接；请不要写姓名、电话、证件号）",
        "Counsellor's notes (kept on this device, printed and exported, never in a share link; write no name, phone or ID number)",
    ),
    NotesLooksPersonal => (
        "备注里好像有电话、证件号码或邮箱。评估文件会交给别人，请删掉这些内容。",
        "The notes seem to hold a phone, ID number or e-mail address. Assessment files travel; please remove them.",
    ),
    NotesPrintTitle => ("工作人员备注", "Counsellor's notes"),
    ConsentLabel => ("已告知本人并征得同意，在这台设备上保存这份评估（不含姓名）", "The worker was told and agreed that this assessment (no name) is saved on this device"),
    SaveHere => ("保存到本机", "Save on this device"),
    SavedDone => ("已保存到本机。", "Saved on this device."),
    SavedTitle => ("这台设备上保存的评估", "Assessments saved on this device"),
    SavedEmpty => ("还没有保存的评估。", "No assessment saved yet."),
    OpenSaved => ("打开", "Open"),
    DeleteSaved => ("删除", "Delete"),
    SavedDamaged => ("保存的列表读不出来，已另外存放，列表从空开始：", "The saved list could not be read; it was set aside and the list starts empty:"),
    NoTarget => ("未选目标职业", "no target occupation"),
    CohortTitle => ("多份评估汇总（供决策分析）", "Many assessments at once (for decision-makers)"),
    CohortHint => (
        "文件只在这台电脑的浏览器里读取，不会上传。评估文件不含姓名；工作人员备注不会被读取。",
        "Files are read in this browser only and never uploaded. Assessment files hold no name; counsellors' notes are not read.",
    ),
    CohortDrop => ("把评估文件（JSON）拖到这里", "Drop assessment files (JSON) here"),
    CohortPick => ("或选择评估文件（可多选）", "or choose assessment files (several at once)"),
    CohortAssessments => ("评估份数", "Assessments"),
    CohortWithTarget => ("选了目标职业的", "With a target occupation"),
    CohortHours => ("培训总学时", "Training hours in total"),
    CohortSubsidy => ("补贴总额", "Subsidy in total"),
    CohortOutOfPocket => ("个人自付总额", "Out of pocket in total"),
    CohortTopMissing => ("最常缺的技能（人数）", "Most common missing skills (workers)"),
    CohortTopCourses => ("最多方案需要的课程（方案数）", "Courses the most plans need (plans)"),
    CohortByIndustry => ("按产业：最常缺的三项技能", "By industry: the three most common missing skills"),
    CohortByCity => ("按城市：最常缺的三项技能", "By city: the three most common missing skills"),
    CohortGroup => ("分组", "Group"),
    CohortCsv => ("下载汇总表（CSV）", "Download the summary (CSV)"),
    CohortSkipped => ("以下文件没有读入：", "These files were not read:"),
    CohortAnyCity => ("未填城市", "no city given"),
    CohortTooMany => ("文件太多，只读了前 5000 个。", "Too many files: the first 5,000 were read."),
    SeasonsTitle => ("农闲劳力与季节性岗位（按月、按城市）", "Slack-season workers and seasonal openings, by month and city"),
    SeasonsHint => (
        "每格：这个月空闲的人（只算填了空闲月份的评估） / 这个月的季节性岗位（目录中的岗位需求）。岗位比人多的月份标出来。",
        "Each cell: workers free that month (of the assessments that gave their free months) / seasonal openings that month (the catalogue's demand). Months with more openings than workers are marked.",
    ),
    SeasonsFree => ("空闲的人", "Free workers"),
    SeasonsOpenings => ("季节性岗位", "Seasonal openings"),
    SeasonsProvince => ("全省合计", "All cities"),
    CompareFit => ("为什么合适", "Why it fits"),
    ImportDemand => ("导入本季度岗位需求（Excel 或 CSV）", "Import this quarter's openings (Excel or CSV)"),
    ImportCourses => ("导入本地培训课程表（Excel 或 CSV，按课程编号新增或替换）", "Import the local course table (Excel or CSV; adds or replaces courses by id)"),
    ImportRequirements => (
        "导入岗位技能要求表（Excel 或 CSV，替换表中职业的要求）",
        "Import a requirements table (Excel or CSV; replaces the requirements of the occupations it names)",
    ),
    TemplatesLabel => ("空白模板", "Blank templates"),
    DataPanel => ("目录与数据导入（就业服务人员）", "Catalogue and data import (for counsellors)"),
    DataPanelHint => (
        "文件只在本机浏览器中读取，不会上传。导入失败时，已加载的目录和已填写的内容不受影响。",
        "Files are read in this browser only, never uploaded. If an import fails, the loaded catalogue and what you entered stay as they are.",
    ),
    CurrentCatalogue => ("当前目录", "Current catalogue"),
    LoadCatalogueFile => ("加载目录文件（JSON）", "Load a catalogue file (JSON)"),
    ImportEsco => ("导入 ESCO（occupations_en、skills_en、occupationSkillRelations 三个 CSV）", "Import ESCO (occupations_en, skills_en, occupationSkillRelations CSV)"),
    ImportOnet => ("导入 O*NET（Occupation Data、Skills、Knowledge 三个 TSV）", "Import O*NET (Occupation Data, Skills, Knowledge TSV)"),
    ApplyShortage => ("应用本季度紧缺职业目录（Excel 或 CSV）", "Apply this quarter's shortage list (Excel or CSV)"),
    RestoreDefault => ("恢复默认目录", "Restore the default catalogue"),
    Loading => ("正在读取…", "Reading…"),
    ImportFailed => ("没有导入：", "Not imported:"),
    WarningsLabel => ("提示", "Notes"),
    CompareTitle => ("职业比较", "Compare occupations"),
    CompareHint => (
        "最多比较三个职业。点“加入比较”添加，再点一次去掉。",
        "Compare up to three occupations. Press “Compare” to add one; press it again to remove it.",
    ),
    CompareMatch => ("匹配度", "Match"),
    CompareMet => ("已达到的技能", "Skills met"),
    CompareMonths => ("培训需要的月数", "Months of training"),
    CompareShortage => ("紧缺职业", "Shortage occupation"),
    CompareCertificate => ("学完可考", "Certificate after the plan"),
    Yes => ("是", "yes"),
    No => ("否", "no"),
}

/// "Label: value" with the punctuation of the language ("标签：值" / "Label: value").
pub fn label_value(lang: Lang, label: &str, value: &str) -> String {
    match lang {
        Lang::Zh => format!("{label}：{value}"),
        Lang::En => format!("{label}: {value}"),
    }
}

/// The list separator of the language ("、" / ", ").
pub fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    }
}

/// "Loaded: 114 occupations, 556 skills, 236 courses (120 ms, 12 MB)".
/// How many occupations, skills and courses a catalogue has (the data panel's short line).
pub fn catalogue_counts(lang: Lang, stats: &crate::domain::format::Stats) -> String {
    match lang {
        Lang::Zh => format!("{} 个职业、{} 项技能、{} 门课程", stats.occupations, stats.skills, stats.courses),
        Lang::En => format!("{} occupations, {} skills, {} courses", stats.occupations, stats.skills, stats.courses),
    }
}

pub fn loaded_summary(lang: Lang, stats: &crate::domain::format::Stats, millis: f64, memory_mb: f64) -> String {
    match lang {
        Lang::Zh => format!(
            "已加载：{} 个职业、{} 项技能、{} 门课程、{} 条技能要求（用时 {:.0} 毫秒，内存 {:.0} MB）",
            stats.occupations, stats.skills, stats.courses, stats.relations, millis, memory_mb
        ),
        Lang::En => format!(
            "Loaded: {} occupations, {} skills, {} courses, {} skill requirements ({:.0} ms, {:.0} MB memory)",
            stats.occupations, stats.skills, stats.courses, stats.relations, millis, memory_mb
        ),
    }
}

/// "Shortage list applied: 12 flagged, 3 no longer listed".
pub fn shortage_summary(lang: Lang, flagged: usize, cleared: usize) -> String {
    match lang {
        Lang::Zh => format!("紧缺职业目录已应用：{flagged} 个职业标为紧缺，{cleared} 个不再紧缺。"),
        Lang::En => format!("Shortage list applied: {flagged} occupations flagged, {cleared} no longer listed."),
    }
}

/// "These were not in the new catalogue and were removed: …".
pub fn dropped_summary(lang: Lang, names: &[String]) -> String {
    match lang {
        Lang::Zh => format!("新目录中没有以下条目，已从你的评估中移除：{}", names.join("、")),
        Lang::En => format!("Not in the new catalogue, so removed from your assessment: {}", names.join(", ")),
    }
}

/// The one-sentence explanation: "78 %：14 项技能中已达到 11 项；PLC编程与调试还差 2 级。"
pub fn explain(lang: Lang, percent: u8, met: usize, total: usize, worst: Option<(&str, u8)>) -> String {
    let worst = match (worst, lang) {
        (Some((name, n)), Lang::Zh) => format!("；最大的差距：{name}还差 {n} 级"),
        (Some((name, n)), Lang::En) => format!("; the largest gap: {name} is {} short", levels_short(lang, n)),
        (None, _) => String::new(),
    };
    match lang {
        Lang::Zh => format!("{percent}%：{total} 项技能中已达到 {met} 项{worst}。"),
        Lang::En => format!("{percent} %: you meet {met} of {total} skills{worst}."),
    }
}

/// "开铲车 → 装载机操作（按 60% 计）".
pub fn credit_line(lang: Lang, from: &str, to: &str, similarity: f32) -> String {
    let pct = (similarity * 100.0).round() as i64;
    match lang {
        Lang::Zh => format!("{from} → {to}（按 {pct}% 计）"),
        Lang::En => format!("{from} → {to} (counted at {pct} %)"),
    }
}

/// "四级（中级工）" / "Grade 4".
pub fn grade_name(lang: Lang, grade: u8) -> String {
    const ZH: [&str; 5] = ["一级（高级技师）", "二级（技师）", "三级（高级工）", "四级（中级工）", "五级（初级工）"];
    match lang {
        Lang::Zh => ZH.get(grade.wrapping_sub(1) as usize).copied().unwrap_or("?").to_owned(),
        Lang::En => format!("Grade {grade}"),
    }
}

/// "12 个月后" style offset for the schedule: "第 3 个月" / "month 3".
pub fn plan_month(lang: Lang, offset: u8, calendar_month: u8) -> String {
    let m = month(lang, calendar_month);
    match (lang, offset) {
        (Lang::Zh, 0..=11) => m,
        (Lang::Zh, _) => format!("次年{m}"),
        (Lang::En, 0..=11) => m,
        (Lang::En, _) => format!("{m} next year"),
    }
}

/// "你的技能（3 项）" / "Your skills (3)".
pub fn skills_heading(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("你的技能（{n} 项）"),
        Lang::En => format!("Your skills ({n})"),
    }
}

/// "已按“煤矿采煤工”填入 7 项技能" / "Filled in 7 skills of “Underground coal miner”".
pub fn origin_filled(lang: Lang, origin: &str, n: usize) -> String {
    match (lang, n) {
        // A job of the classification whose official tasks name no skill of the catalogue.
        (Lang::Zh, 0) => {
            format!("“{origin}”的官方任务里没有能对上本目录技能的内容，没有填入技能。请用上面的查找添加你会的。")
        }
        (Lang::En, 0) => {
            format!("None of the official tasks of “{origin}” maps onto a skill in this catalogue, so nothing was filled in. Add what you can do with the search above.")
        }
        (Lang::Zh, _) => format!("已按“{origin}”填入 {n} 项常见技能，请检查水平。"),
        (Lang::En, _) => format!("Filled in {n} usual skills of “{origin}”; please check the levels."),
    }
}

/// "“焊条电弧焊”你干到什么程度？" / "How well can you do “…”?".
pub fn browse_level_title(lang: Lang, skill: &str) -> String {
    match lang {
        Lang::Zh => format!("“{skill}”你干到什么程度？"),
        Lang::En => format!("How well can you do “{skill}”?"),
    }
}

/// "已加上：焊条电弧焊，初级工（五级）" / "Added: …, …".
pub fn browse_added(lang: Lang, skill: &str, level: &str) -> String {
    match lang {
        Lang::Zh => format!("已加上：{skill}，{level}。"),
        Lang::En => format!("Added: {skill}, {level}."),
    }
}

/// "阜新市 12 个岗位 · 全省 340 个 · 月薪 4,000–6,500 元 · 2025Q2".
pub fn openings_line(lang: Lang, city: Option<&str>, o: &crate::domain::catalogue::OpeningsSummary) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(city) = city {
        parts.push(match lang {
            Lang::Zh => format!("{city} {} 个岗位", o.in_city),
            Lang::En => format!("{} openings in {city}", o.in_city),
        });
    }
    parts.push(match lang {
        Lang::Zh => format!("全省 {} 个", o.in_province),
        Lang::En => format!("{} in the province", o.in_province),
    });
    if let Some((low, high)) = o.wage {
        let (low, high) = (yuan_plain(low), yuan_plain(high));
        parts.push(match lang {
            Lang::Zh => format!("月薪 {low}–{high} 元"),
            Lang::En => format!("¥{low}–{high} a month"),
        });
    }
    if let Some(p) = &o.period {
        parts.push(p.clone());
    }
    parts.join(" · ")
}

/// Why a suggestion is there, in one line: "用上你 5 项技能中的 4 项；还要学 2 项；课程约 120
/// 小时", how many of the gaps no course the worker can attend closes, and why a high match is a
/// weak suggestion when it is. `plan` is the plan's hours and unclosable gaps, when there is one.
pub fn fit_line(lang: Lang, fit: &crate::domain::fit::FitSummary, plan: Option<(u32, usize)>) -> String {
    let mut parts: Vec<String> = vec![match lang {
        Lang::Zh => format!("用上你 {} 项技能中的 {} 项", fit.held, fit.used),
        Lang::En => format!("uses {} of your {} skills", fit.used, fit.held),
    }];
    parts.push(match (lang, fit.to_learn) {
        (Lang::Zh, 0) => "不用再学新技能".to_owned(),
        (Lang::En, 0) => "nothing more to learn".to_owned(),
        (Lang::Zh, n) => format!("还要学 {n} 项"),
        (Lang::En, 1) => "1 more to learn".to_owned(),
        (Lang::En, n) => format!("{n} more to learn"),
    });
    if let Some((h, _)) = plan.filter(|&(h, _)| h > 0) {
        parts.push(match lang {
            Lang::Zh => format!("课程约 {h} 小时"),
            Lang::En => format!("about {h} hours of courses"),
        });
    }
    if let Some((_, n)) = plan.filter(|&(_, n)| n > 0) {
        parts.push(match lang {
            Lang::Zh => format!("其中 {n} 项现在没有你能上的课"),
            Lang::En => format!("{n} with no course you can attend now"),
        });
    }
    if fit.over_qualified {
        parts.push(t(lang, PartMsg::FitOverQualified).to_owned());
    } else if fit.asks_little {
        parts.push(t(lang, PartMsg::FitAsksLittle).to_owned());
    }
    let line = parts.join(if lang == Lang::Zh { "；" } else { "; " });
    match lang {
        Lang::Zh => line,
        Lang::En => {
            let mut c = line.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        }
    }
}

fn yuan_plain(amount: u32) -> String {
    let digits = amount.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    grouped
}

/// "岗位需求已导入：840 行（替换了 700 行）".
pub fn demand_summary(lang: Lang, rows: usize, replaced: usize) -> String {
    match lang {
        Lang::Zh => format!("岗位需求已导入：{rows} 行（替换了原来的 {replaced} 行）。"),
        Lang::En => format!("Openings imported: {rows} rows (replacing {replaced})."),
    }
}

/// "课程表已导入：新增 1 门课程，替换 1 门。"
pub fn courses_summary(lang: Lang, added: usize, replaced: usize) -> String {
    match lang {
        Lang::Zh => format!("课程表已导入：新增 {added} 门课程，替换 {replaced} 门。"),
        Lang::En => format!("Course table imported: {added} courses added, {replaced} replaced."),
    }
}

/// "技能要求已导入：3 个职业，共 24 条要求。"
pub fn requirements_summary(lang: Lang, occupations: usize, rows: usize) -> String {
    match lang {
        Lang::Zh => format!("技能要求已导入：{occupations} 个职业，共 {rows} 条要求。"),
        Lang::En => format!("Requirements imported: {occupations} occupations, {rows} requirements in all."),
    }
}

/// "2 levels" / "差 2 级".
pub fn levels_short(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Zh => format!("{n} 级"),
        Lang::En if n == 1 => "1 level".to_owned(),
        Lang::En => format!("{n} levels"),
    }
}

/// "You meet 3 of 6 skills".
pub fn met_summary(lang: Lang, met: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("{total} 项技能中已达到 {met} 项"),
        Lang::En => format!("You meet {met} of {total} skills"),
    }
}

/// "3,200 元" / "¥3,200".
pub fn yuan(lang: Lang, amount: u32) -> String {
    let grouped = yuan_plain(amount);
    match lang {
        Lang::Zh => format!("{grouped} 元"),
        Lang::En => format!("¥{grouped}"),
    }
}

/// "全部课程约 5 个月学完" / "about 5 months in all".
pub fn months_total(lang: Lang, months: u8) -> String {
    match lang {
        Lang::Zh => format!("全部课程约 {months} 个月学完。"),
        Lang::En if months == 1 => "About 1 month in all.".to_owned(),
        Lang::En => format!("About {months} months in all."),
    }
}

/// The kiosk's countdown before it clears the screen.
pub fn kiosk_countdown(lang: Lang, seconds: u32) -> String {
    match lang {
        Lang::Zh => format!("{seconds} 秒后将清除这里填写的全部内容，回到开始页面。"),
        Lang::En => format!("In {seconds} seconds everything entered here is cleared and the start screen returns."),
    }
}

/// A saved assessment in the counsellor's list: "2026-11-29 11:20 · 焊工 · 3 项技能".
pub fn saved_line(lang: Lang, saved_at: &str, target: &str, skills: usize) -> String {
    match lang {
        Lang::Zh => format!("{saved_at} · {target} · {skills} 项技能"),
        Lang::En => format!("{saved_at} · {target} · {skills} skill{}", if skills == 1 { "" } else { "s" }),
    }
}

/// "Read 50 files; 2 skipped."
pub fn cohort_read_line(lang: Lang, read: usize, skipped: usize) -> String {
    match lang {
        Lang::Zh => format!("已读入 {read} 份评估，{skipped} 个文件没有读入。"),
        Lang::En => format!("Read {read} assessments; {skipped} files skipped."),
    }
}

/// The cohort view's cancel button and what it says once cancelled (functions, not table
/// entries: only the counsellors' page links them).
/// The words of a link to a table's blank template: "紧缺职业目录模板（Excel）".
pub fn template_link(lang: Lang, table: &crate::domain::import::TableFormat, kind: &str) -> String {
    match lang {
        Lang::Zh => format!("{}模板（{kind}）", table.title_zh),
        Lang::En => format!("{} template ({kind})", table.title_en),
    }
}

pub fn cohort_cancel(lang: Lang, done: bool) -> &'static str {
    match (lang, done) {
        (Lang::Zh, false) => "取消",
        (Lang::En, false) => "Cancel",
        (Lang::Zh, true) => "已取消：下面是取消前读入的文件的汇总。",
        (Lang::En, true) => "Cancelled: below is the summary of the files read until then.",
    }
}

/// "正在读取评估文件：1,200 / 5,000".
pub fn cohort_reading_line(lang: Lang, at: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("正在读取评估文件：{at} / {total}"),
        Lang::En => format!("Reading assessment files: {at} of {total}"),
    }
}

/// "3 / 6".
pub fn met_fraction(met: usize, total: usize) -> String {
    format!("{met} / {total}")
}

/// The sentence for a notice about opening or keeping an assessment.
pub fn notice_text(lang: Lang, notice: &crate::state::restore::Notice) -> String {
    use crate::state::restore::{Notice, Opened};
    let opened = |msg: Msg, o: &Opened| {
        let mut out = t(lang, msg).to_owned();
        if let Some(e) = &o.other_edition {
            out.push(' ');
            out.push_str(&label_value(lang, t(lang, Msg::NoticeOtherEdition), e));
        }
        if !o.dropped.is_empty() {
            out.push(' ');
            out.push_str(&dropped_summary(lang, &o.dropped));
        }
        out
    };
    let fault = |msg: Msg, e: &crate::state::export::AssessmentError| format!("{} {}", t(lang, msg), e.message(lang));
    match notice {
        Notice::LinkOpened(o) => opened(Msg::NoticeLinkOpened, o),
        Notice::Resumed(o) => opened(Msg::NoticeResumed, o),
        Notice::FileOpened(o) => opened(Msg::NoticeFileOpened, o),
        Notice::LinkBroken(e) => fault(Msg::NoticeLinkBroken, e),
        Notice::SetAside(e) => fault(Msg::NoticeSetAside, e),
        Notice::FileBroken(e) => fault(Msg::NoticeFileBroken, e),
        Notice::Forgotten => t(lang, Msg::NoticeForgotten).to_owned(),
        Notice::SaveFailed => t(lang, Msg::NoticeSaveFailed).to_owned(),
        Notice::NotReadNow { link: true } => t(lang, Msg::NoticeLinkNotReadNow).to_owned(),
        Notice::NotReadNow { link: false } => t(lang, Msg::NoticeCopyNotReadNow).to_owned(),
    }
}

/// A fault message with its cause: "The list could not be read: it is damaged at line 1…".
pub fn notice_text_error(lang: Lang, msg: impl Message, e: &crate::state::export::AssessmentError) -> String {
    format!("{} {}", t(lang, msg), e.message(lang))
}

/// Month names for course start months.
/// Months in runs, in the order given: `[11, 12, 1, 2, 3]` → "11月–3月", `[4, 5, 9, 10]` →
/// "4月–5月、9月–10月" / "Apr–May, Sep–Oct".
pub fn month_runs(lang: Lang, months: &[u8]) -> String {
    let mut runs: Vec<(u8, u8)> = Vec::new();
    for &m in months {
        match runs.last_mut() {
            Some((_, last)) if m == *last % 12 + 1 => *last = m,
            _ => runs.push((m, m)),
        }
    }
    let text: Vec<String> = runs
        .iter()
        .map(|&(a, b)| if a == b { month(lang, a) } else { format!("{}–{}", month(lang, a), month(lang, b)) })
        .collect();
    text.join(list_separator(lang))
}

/// "朝阳市 · 12月–1月 · 45 个岗位 · 匹配 60%".
pub fn seasonal_line(lang: Lang, place: Option<&str>, months: &[u8], openings: u32, percent: u8) -> String {
    let runs = month_runs(lang, months);
    match lang {
        Lang::Zh => format!("{} · {runs} · {openings} 个岗位 · 匹配 {percent}%", place.unwrap_or("全省")),
        Lang::En => format!("{} · {runs} · {openings} openings · {percent}% match", place.unwrap_or("Liaoning")),
    }
}

/// When the worker can start: "不用培训，11月起就能干。", "先学 冷库作业员培训（32 学时），12月起就能干。",
/// "先学 …，学完后能干 2月–3月。", "这一季来不及：先学 …，下一季 11月起能干。", or that the courses it
/// needs are not held near the worker in the free months.
pub fn seasonal_when(
    lang: Lang,
    courses: &[(&str, u32)],
    season: &[u8],
    work: &[u8],
    next_season: Option<u8>,
) -> String {
    let list = courses
        .iter()
        .map(|(name, hours)| match lang {
            Lang::Zh => format!("{name}（{hours} 学时）"),
            Lang::En => format!("{name} ({hours} h)"),
        })
        .collect::<Vec<_>>()
        .join(list_separator(lang));
    let ready = !work.is_empty() && work.first() == season.first();
    match (lang, courses.is_empty(), work.first(), next_season) {
        (Lang::Zh, true, Some(&m), _) if ready => format!("不用培训，{}起就能干。", month(lang, m)),
        (Lang::En, true, Some(&m), _) if ready => format!("No course needed: you can start in {}.", month(lang, m)),
        (Lang::Zh, false, Some(&m), _) if ready => format!("先学 {list}，{}起就能干。", month(lang, m)),
        (Lang::En, false, Some(&m), _) if ready => format!("First take {list}; you can start in {}.", month(lang, m)),
        (Lang::Zh, _, Some(_), _) => format!("先学 {list}，学完后能干 {}。", month_runs(lang, work)),
        (Lang::En, _, Some(_), _) => format!("First take {list}; after it you can work {}.", month_runs(lang, work)),
        (Lang::Zh, _, None, Some(m)) => format!("这一季来不及：先学 {list}，下一季 {}起能干。", month(lang, m)),
        (Lang::En, _, None, Some(m)) => {
            format!("Too late for this season: take {list}, and you can start next season in {}.", month(lang, m))
        }
        (Lang::Zh, _, None, None) => "需要的培训在你空闲的月份、在附近没有开班，这一季来不及。".to_owned(),
        (Lang::En, _, None, None) => {
            "The courses it needs are not held near you in your free months: too late for this season.".to_owned()
        }
    }
}

pub fn month(lang: Lang, m: u8) -> String {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    match lang {
        Lang::Zh => format!("{m}月"),
        Lang::En => EN.get(m.wrapping_sub(1) as usize).copied().unwrap_or("?").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        fn check<M: Message + std::fmt::Debug>(keys: &[M], exception: Option<&str>) {
            for &m in keys {
                let zh = t(Lang::Zh, m);
                let en = t(Lang::En, m);
                assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{m:?} is empty");
                if Some(format!("{m:?}").as_str()) != exception {
                    assert!(has_cjk(zh), "{m:?}: Chinese text has no Chinese: {zh}");
                    assert!(!has_cjk(en), "{m:?}: English text has Chinese: {en}");
                }
            }
        }
        // The language switch names the *other* language, so it is the one exception.
        check(ALL, Some("SwitchLanguage"));
        check(PART_ALL, None);
        check(TOOLS_ALL, None);
    }

    #[test]
    fn formats_numbers_for_people() {
        assert_eq!(yuan(Lang::Zh, 3200), "3,200 元");
        assert_eq!(yuan(Lang::En, 1234567), "¥1,234,567");
        assert_eq!(yuan(Lang::En, 0), "¥0");
        assert_eq!(levels_short(Lang::En, 1), "1 level");
        assert_eq!(levels_short(Lang::Zh, 2), "2 级");
        assert_eq!(month(Lang::En, 11), "Nov");
        assert_eq!(month(Lang::Zh, 3), "3月");
        assert_eq!(month(Lang::En, 13), "?");
    }
}
