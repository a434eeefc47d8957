"""Demo and synthetic studies, recorded through the real recorder and journal so that what they
contain is exactly what the app writes during a session.

``write_demo`` makes the food-delivery study shipped in ``sessions/food-delivery``;
``generate_large`` makes the 1,000-participant study the benchmarks and load tests use.
"""

from __future__ import annotations

import dataclasses
import math
import random
from pathlib import Path

from uxlab.core.clock import FakeClock
from uxlab.core.ordering import task_order
from uxlab.core.recorder import Recorder
from uxlab.core.study import (
    OrderPolicy,
    Participant,
    ParticipantField,
    Study,
    Task,
    TaskQuestions,
)
from uxlab.storage.journal import open_recorder
from uxlab.storage.study_files import journal_path, open_study, save_study

EMOTION_WORDS = ("frustrated", "confused", "neutral", "confident", "pleased", "delighted")


WAITING_LANGUAGES = ("en", "ar", "ru", "fa", "fr")
WAITING = 4  # participants not yet run in the demo a newcomer opens


def demo_study(participants: int = 12, waiting: int = 0) -> Study:
    """The food-delivery study: ``participants`` who took part, then ``waiting`` more not yet run
    (so someone trying the app can start a session at once, in several languages)."""
    def t(en: str, fr: str, ar: str, fa: str, ru: str) -> dict[str, str]:
        return {"en": en, "fr": fr, "ar": ar, "fa": fa, "ru": ru}

    tasks = [
        Task("register",
             t("Create an account", "Créer un compte", "إنشاء حساب", "ساختن حساب کاربری", "Создайте учётную запись"),
             t("You have just installed the app. Create an account with your e-mail address so you "
               "can order dinner tonight.",
               "Vous venez d'installer l'application. Créez un compte avec votre adresse e-mail "
               "pour commander le dîner ce soir.",
               "لقد ثبّتَّ التطبيق للتو. أنشئ حسابًا باستخدام بريدك الإلكتروني لتتمكن من طلب العشاء الليلة.",
               "همین حالا برنامه را نصب کرده‌اید. با نشانی ایمیل خود یک حساب بسازید تا بتوانید امشب شام سفارش دهید.",
               "Вы только что установили приложение. Создайте учётную запись с вашим адресом "
               "электронной почты, чтобы заказать ужин сегодня вечером."),
             "Account created and the home screen shows the participant's first name.",
             60, 180, "signup"),
        Task("find_dish",
             t("Find a dish", "Trouver un plat", "ابحث عن طبق", "پیدا کردن یک غذا", "Найдите блюдо"),
             t("You feel like a vegetarian curry. Find one from a restaurant that delivers in under "
               "45 minutes.",
               "Vous avez envie d'un curry végétarien. Trouvez-en un dans un restaurant qui livre "
               "en moins de 45 minutes.",
               "ترغب في تناول كاري نباتي. ابحث عن واحد من مطعم يوصّل الطلبات في أقل من 45 دقيقة.",
               "هوس یک کاری گیاهی کرده‌اید. یکی را از رستورانی پیدا کنید که در کمتر از ۴۵ دقیقه تحویل می‌دهد.",
               "Вам захотелось вегетарианского карри. Найдите его в ресторане, который доставляет "
               "быстрее чем за 45 минут."),
             "A vegetarian curry detail page is open; the restaurant's delivery time is < 45 min.",
             90, 300, "browse"),
        Task("add_to_cart",
             t("Add to cart", "Ajouter au panier", "أضف إلى السلة", "افزودن به سبد خرید", "Добавьте в корзину"),
             t("Add two portions of that curry and one naan bread to your order.",
               "Ajoutez deux portions de ce curry et un pain naan à votre commande.",
               "أضف حصتين من هذا الكاري وخبز نان واحدًا إلى طلبك.",
               "دو پرس از آن کاری و یک نان هندی به سفارش خود اضافه کنید.",
               "Добавьте в заказ две порции этого карри и одну лепёшку наан."),
             "Cart holds 2 x curry and 1 x naan, nothing else.", 45, None, "cart"),
        Task("pay",
             t("Pay for the order", "Payer la commande", "ادفع ثمن الطلب", "پرداخت سفارش", "Оплатите заказ"),
             t("Pay for your order with the test card you were given, and use the promo code "
               "WELCOME10.",
               "Payez votre commande avec la carte de test fournie et utilisez le code promo "
               "WELCOME10.",
               "ادفع ثمن طلبك بالبطاقة التجريبية التي أُعطيت لك، واستخدم رمز الخصم WELCOME10.",
               "هزینه سفارش را با کارت آزمایشی‌ای که به شما داده شده بپردازید و از کد تخفیف WELCOME10 استفاده کنید.",
               "Оплатите заказ выданной вам тестовой картой и используйте промокод WELCOME10."),
             "Order confirmed with the 10% discount applied.", 75, 240, "pay"),
        Task("track",
             t("Track the delivery", "Suivre la livraison", "تتبّع التوصيل", "پیگیری ارسال", "Отследите доставку"),
             t("Your food is on its way. Find out when it will arrive and who is delivering it.",
               "Votre repas est en route. Trouvez quand il arrivera et qui le livre.",
               "طعامك في الطريق. اعرف متى سيصل ومن يوصّله.",
               "غذای شما در راه است. بفهمید کی می‌رسد و چه کسی آن را می‌آورد.",
               "Ваша еда уже в пути. Узнайте, когда её привезут и кто курьер."),
             "Participant states the arrival time and the courier's name.", 30, 120, "track"),
    ]
    people = []
    for i in range(participants):
        group = "current" if i % 2 == 0 else "prototype"
        people.append(Participant(
            id=f"P{i + 1:02d}", group=group, language="fr" if i % 6 == 5 else "en",
            attributes={"experience": "regular" if i % 3 == 0 else "novice"},
        ))
    for k in range(waiting):
        i = participants + k
        people.append(Participant(
            id=f"P{i + 1:02d}", group="current" if i % 2 == 0 else "prototype",
            language=WAITING_LANGUAGES[k % len(WAITING_LANGUAGES)],
            attributes={"experience": "regular" if i % 3 == 0 else "novice"},
        ))
    return Study(
        title="Food delivery app: current design vs prototype",
        description="Moderated test of the ordering journey, from sign-up to delivery tracking. "
                    "Half the participants use the current app, half the redesigned prototype.",
        language="en",
        languages=("en", "fr", "ar", "fa", "ru"),
        participant_fields=[
            ParticipantField("group", "Design", ("current", "prototype")),
            ParticipantField("experience", "Food-delivery app experience", ("novice", "regular")),
        ],
        participants=people,
        tasks=tasks,
        task_questions=TaskQuestions(seq=True, experience=True, emotion_words=EMOTION_WORDS),
        questionnaires=["sus", "umux_lite", "nps"],
        order=OrderPolicy("latin_square", 2026),
        participant_can_end_task=True,
    )


def _clamp(v: float, lo: int, hi: int) -> int:
    return max(lo, min(hi, round(v)))


def _simulate(rec: Recorder, clock: FakeClock, study: Study, p: Participant, order: list[str],
              rng: random.Random, skill: float, *, special: dict[str, str] | None = None) -> None:
    """One session: ``skill`` > 0 means faster and more successful (the prototype)."""
    special = special or {}
    rec.start_session(p.id, order, group=p.group, language=p.language, attributes=p.attributes,
                      session_id=p.id)
    clock.advance(rng.uniform(60, 180))  # consent, warm-up questions
    for tid in order:
        task = study.task(tid)
        if special.get(tid) == "skipped":
            rec.skip_task(tid)
            rec.marker("note", "Skipped: ran out of time for this task")
            continue
        target = task.target_time_s or 60.0
        clock.advance(rng.uniform(5, 20))  # reading the scenario
        rec.start_task(tid)
        duration = math.exp(rng.gauss(math.log(target * (1.25 - 0.3 * skill)), 0.45))
        p_success = 0.62 + 0.25 * skill
        elapsed = 0.0
        errors = max(0, round(rng.gauss(1.2 - skill, 0.9)))
        for _ in range(errors):
            step = duration * rng.uniform(0.1, 0.3)
            clock.advance(step)
            elapsed += step
            rec.marker("error", rng.choice([
                "Tapped the logo expecting the home screen",
                "Looked for the search field in the menu",
                "Entered the promo code in the card field",
                "Scrolled past the filter bar",
            ]))
        if rng.random() < 0.25 - 0.1 * skill:
            clock.advance(5)
            elapsed += 5
            rec.marker("assist", "Moderator pointed to the bottom navigation")
        if rng.random() < 0.15:
            clock.advance(3)
            rec.pause()
            clock.advance(rng.uniform(20, 60))  # interruption, not counted
            rec.resume()
        if rng.random() < 0.3:
            pressed = rec.now_t_ns()
            clock.advance(2)
            rec.marker("note", rng.choice([
                "Hesitated between the two cart icons",
                "Said: \"I'd expect the delivery time on the card\"",
                "Read the whole page before acting",
                "Commented that the button label is unclear",
            ]), at_t_ns=pressed)
        clock.advance(max(1.0, duration - elapsed))
        forced = special.get(tid)
        if forced in ("abandoned", "partial", "fail"):
            if forced == "abandoned":
                rec.marker("critical", "Participant gave up: could not find where to enter the code")
            outcome = forced
        else:
            r = rng.random()
            outcome = "success" if r < p_success else ("partial" if r < p_success + 0.15 else "fail")
        rec.end_task(outcome)
        ok = outcome == "success"
        seq = _clamp(rng.gauss(5.6 + skill - (0 if ok else 1.8), 0.9), 1, 7)
        if special.get("declined_seq") == tid:
            rec.rate(tid, "seq", None, declined=True)
        else:
            rec.rate(tid, "seq", seq)
        if study.task_questions.experience:
            rec.rate(tid, "exp_success", _clamp(seq + rng.gauss(0, 0.7), 1, 7))
            rec.rate(tid, "exp_effort", _clamp(seq + rng.gauss(0, 0.5), 1, 7))
            rec.rate(tid, "exp_emotion", _clamp(seq + rng.gauss(-0.3, 0.8), 1, 7))
        if study.task_questions.emotion_words:
            words = study.task_questions.emotion_words
            rec.choose_word(tid, words[_clamp((seq - 1) / 6 * (len(words) - 1) + rng.gauss(0, 0.6), 0, len(words) - 1)])
        clock.advance(rng.uniform(10, 30))
    base = 62 + 14 * skill
    if "sus" in study.questionnaires:
        for i in range(1, 11):
            positive = i % 2 == 1
            lean = (base - 50) / 25  # -2..+2 around the middle of the scale
            v = 3 + (lean if positive else -lean) + rng.gauss(0, 0.7)
            rec.answer("sus", f"sus{i}", _clamp(v, 1, 5))
            clock.advance(rng.uniform(3, 8))
    if "umux_lite" in study.questionnaires:
        for item in ("umux1", "umux2"):
            rec.answer("umux_lite", item, _clamp(4.6 + 1.2 * skill + rng.gauss(0, 0.9), 1, 7))
    if "nps" in study.questionnaires:
        rec.answer("nps", "nps", _clamp(6.8 + 1.8 * skill + rng.gauss(0, 1.6), 0, 10))
    clock.advance(30)
    rec.end_session()


def write_demo(folder: Path, participants: int = 12, seed: int = 7, waiting: int = 0) -> Path:
    """Write the food-delivery demo study with simulated, fully journaled sessions for
    ``participants`` people and ``waiting`` more whose sessions have not been run."""
    folder = Path(folder)
    study = demo_study(participants, waiting)
    save_study(folder, study)
    rng = random.Random(seed)
    start_wall = 1_780_300_800 * 10**9  # 2026-06-01T08:00Z, first session
    for i, p in enumerate(study.participants[:participants]):
        clock = FakeClock(mono=10**9, wall=start_wall + i * 75 * 60 * 10**9)
        order = task_order(study.task_ids, study.order, i, p.id)
        special: dict[str, str] = {}
        if i == 2:
            special = {"pay": "abandoned"}
        elif i == 5:
            special = {"track": "skipped", "declined_seq": "find_dish"}
        elif i == 7:
            special = {"add_to_cart": "partial"}
        skill = 1.0 if p.group == "prototype" else 0.0
        rec = open_recorder(journal_path(folder, p.id), participant=p.id, clock=clock)
        try:
            _simulate(rec, clock, study, p, order, rng, skill, special=special)
        finally:
            rec.sink.close()  # type: ignore[attr-defined]
    return folder


def generate_large(folder: Path, participants: int = 1000, tasks: int = 20, seed: int = 1) -> Path:
    """A big synthetic study (benchmarks, load tests): real journals, fsync'd like the app's."""
    folder = Path(folder)
    base = demo_study(0)
    task_list = []
    for k in range(tasks):
        proto = base.tasks[k % len(base.tasks)]
        task_list.append(Task(f"t{k + 1:02d}", {"en": f"{proto.title['en']} ({k + 1})"},
                              proto.scenario, proto.success_criteria, proto.target_time_s,
                              proto.time_limit_s, proto.stage))
    people = [Participant(f"P{i + 1:04d}", "current" if i % 2 == 0 else "prototype",
                          attributes={"experience": "regular" if i % 3 == 0 else "novice"})
              for i in range(participants)]
    study = Study(title=f"Synthetic study: {participants} participants x {tasks} tasks",
                  tasks=task_list, participant_fields=base.participant_fields,
                  participants=people, task_questions=TaskQuestions(seq=True, experience=True),
                  questionnaires=["sus", "nps"], order=OrderPolicy("random", seed))
    save_study(folder, study)
    rng = random.Random(seed)
    for i, p in enumerate(people):
        clock = FakeClock()
        order = task_order(study.task_ids, study.order, i, p.id)
        rec = open_recorder(journal_path(folder, p.id), participant=p.id, clock=clock)
        try:
            _simulate(rec, clock, study, p, order, rng, 1.0 if p.group == "prototype" else 0.0)
        finally:
            rec.sink.close()  # type: ignore[attr-defined]
    return folder


def demo_workspace(shipped: Path | None = None) -> Path:
    """A copy of the demo study in the user's data folder (e.g. ~/.local/share/uxlab/demo), made on
    first use: sessions recorded while trying uxlab land there, never in the source tree. Copied
    from ``shipped`` (the repository's sessions/food-delivery) when given and present, else
    generated."""
    import shutil

    from platformdirs import user_data_dir

    target = Path(user_data_dir("uxlab", appauthor=False)) / "demo" / "food-delivery"
    if (target / "study.json").exists():
        return target
    tmp = target.with_name(target.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    if shipped is not None and (shipped / "study.json").exists():
        shutil.copytree(shipped, tmp)
    else:
        write_demo(tmp)
    # Four participants not yet run (English, Arabic, Russian, Persian): a newcomer can start a
    # session at once, in more than one language.
    study = open_study(tmp).study
    have = {p.id for p in study.participants}
    extra = [p for p in demo_study(len(study.participants), WAITING).participants[len(study.participants):]
             if p.id not in have]
    save_study(tmp, dataclasses.replace(study, participants=[*study.participants, *extra]))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp.replace(target)  # whole or not at all
    return target
