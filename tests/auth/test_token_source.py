"""`TokenSource` on its own: fake mint functions held by events, a fake monotonic clock.

No server, no sleeps: every ordering is forced by an event (a mint is held until the test
releases it; the test waits until callers have joined the flight), and time moves only
when the test moves the fake clock. Assertions are counts and states.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from ecartpay_auth import AuthenticationError, ServiceUnavailableError, Token, TokenState
from ecartpay_auth._source import TokenSource, _Plan
from ecartpay_auth._token import InMemoryTokenStore

WAIT_LIMIT = 60.0
MARGIN = 30.0  # a refresh window shorter than the wait limit: a slow refresh is not "stuck"
BOUND = 10.0  # seconds before a test that hangs fails (never reached when it passes)


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Held:
    """Mint number `n` (from 1) waits for `release(n)`; the others answer at once.

    Each mint returns a new token `tok1`, `tok2`, ... obtained at the fake clock's time,
    or raises the exception planned for its number.
    """

    def __init__(
        self, clock: Clock, *, hold: tuple[int, ...] = (), fail: dict[int, Exception] | None = None
    ) -> None:
        self.clock = clock
        self.calls = 0
        self.hold = set(hold)
        self.fail = dict(fail or {})
        self.entered = {n: threading.Event() for n in hold}
        self._gates = {n: threading.Event() for n in hold}
        self._async_gates: dict[int, asyncio.Event] = {}
        self._lock = threading.Lock()

    def release(self, n: int) -> None:
        self._gates[n].set()
        gate = self._async_gates.get(n)
        if gate is not None:
            gate.set()

    def _next(self) -> int:
        with self._lock:
            self.calls += 1
            return self.calls

    def _outcome(self, n: int) -> Token:
        if n in self.fail:
            raise self.fail[n]
        return Token.from_value(
            f"tok{n}", obtained_at_monotonic=self.clock(), refresh_margin=MARGIN
        )

    def mint_sync(self) -> Token:
        n = self._next()
        if n in self.hold:
            self.entered[n].set()
            assert self._gates[n].wait(BOUND), "the test never released the mint"
        return self._outcome(n)

    async def mint_async(self) -> Token:
        n = self._next()
        if n in self.hold:
            gate = self._async_gates[n] = asyncio.Event()
            if self._gates[n].is_set():
                gate.set()
            self.entered[n].set()
            await gate.wait()
        return self._outcome(n)


class Spy(TokenSource):
    """A TokenSource that counts callers who joined a flight as waiters."""

    def __init__(self, clock: Clock, minter: Held) -> None:
        super().__init__(
            store=InMemoryTokenStore(),
            mint_sync=minter.mint_sync,
            mint_async=minter.mint_async,
            wait_limit=WAIT_LIMIT,
            clock=clock,
        )
        self.waiting = 0
        self.on_wait: Callable[[int], None] = lambda count: None
        self._seen = threading.Condition()

    def _plan(self) -> _Plan:
        plan = super()._plan()
        if plan.flight is not None and not plan.leading:
            with self._seen:
                self.waiting += 1
                count = self.waiting
                self._seen.notify_all()
            self.on_wait(count)
        return plan

    def until_waiting(self, count: int) -> None:
        """Block (a thread) until `count` callers have joined a flight."""
        with self._seen:
            assert self._seen.wait_for(lambda: self.waiting >= count, BOUND)

    def waiting_event(self, count: int) -> asyncio.Event:
        """An event of the running loop, set once `count` callers have joined a flight."""
        event = asyncio.Event()
        loop = asyncio.get_running_loop()

        def seen(n: int) -> None:
            if n >= count:
                loop.call_soon_threadsafe(event.set)

        self.on_wait = seen
        return event


@pytest.fixture
def clock() -> Clock:
    return Clock()


Task = asyncio.Task[Token]


async def _held_flight(clock: Clock, waiters: int) -> tuple[Spy, Held, Task, list[Task]]:
    """A task leading a held mint and `waiters` tasks that have joined it as waiters."""
    source, minter = _source(clock, hold=(1,))
    joined = source.waiting_event(waiters)
    leader = asyncio.create_task(source.get_async())
    waiting = [asyncio.create_task(source.get_async()) for _ in range(waiters)]
    await joined.wait()  # the loop runs on: every waiter awaits its own future
    return source, minter, leader, waiting


def _source(clock: Clock, **held: object) -> tuple[Spy, Held]:
    minter = Held(clock, **held)  # type: ignore[arg-type]
    return Spy(clock, minter), minter


# -- many callers, one mint --------------------------------------------------------------


def test_n_threads_wait_for_one_mint(clock: Clock) -> None:
    source, minter = _source(clock, hold=(1,))
    with ThreadPoolExecutor(max_workers=17) as pool:
        leader = pool.submit(source.get_sync)
        assert minter.entered[1].wait(BOUND)
        waiters = [pool.submit(source.get_sync) for _ in range(16)]
        source.until_waiting(16)
        minter.release(1)
        tokens = {leader.result(BOUND).value, *(w.result(BOUND).value for w in waiters)}
    assert tokens == {"tok1"}
    assert minter.calls == 1


@pytest.mark.anyio
async def test_n_tasks_wait_for_one_mint_without_blocking_the_loop(clock: Clock) -> None:
    _, minter, leader, waiters = await _held_flight(clock, 64)
    assert not leader.done()
    minter.release(1)
    tokens = {t.value for t in await asyncio.gather(leader, *waiters)}
    assert tokens == {"tok1"}
    assert minter.calls == 1


@pytest.mark.anyio
async def test_a_task_waits_for_a_thread_leader_without_blocking_its_loop(clock: Clock) -> None:
    source, minter = _source(clock, hold=(1,))
    joined = source.waiting_event(1)
    with ThreadPoolExecutor(max_workers=1) as pool:
        leader = pool.submit(source.get_sync)
        await asyncio.get_running_loop().run_in_executor(None, minter.entered[1].wait, BOUND)
        waiter = asyncio.create_task(source.get_async())
        await joined.wait()
        other = await asyncio.create_task(asyncio.to_thread(lambda: "the loop is free"))
        assert other == "the loop is free"
        assert not waiter.done()
        minter.release(1)
        assert (await waiter).value == leader.result(BOUND).value == "tok1"
    assert minter.calls == 1


# -- the leader goes away or fails ---------------------------------------------------------


@pytest.mark.anyio
async def test_a_cancelled_leader_hands_over_to_a_waiter(clock: Clock) -> None:
    source, minter, leader, (waiter,) = await _held_flight(clock, 1)
    leader.cancel()
    with pytest.raises(asyncio.CancelledError):
        await leader
    assert (await waiter).value == "tok2"  # the waiter led a new mint
    assert source.get_sync().value == "tok2"  # nothing is left held, sync or async
    assert minter.calls == 2


@pytest.mark.anyio
async def test_cancelled_waiters_leave_the_leader_alone(clock: Clock) -> None:
    source, minter, leader, waiters = await _held_flight(clock, 8)
    for waiter in waiters:
        waiter.cancel()
    minter.release(1)
    assert (await leader).value == "tok1"
    await asyncio.gather(*waiters, return_exceptions=True)
    assert all(w.cancelled() for w in waiters)
    assert (await source.get_async()).value == "tok1"
    assert minter.calls == 1


@pytest.mark.parametrize(
    "error",
    [
        AuthenticationError("refused", status_code=401),
        ServiceUnavailableError("down", status_code=503, retry_after=5.0),
    ],
    ids=["refused", "unavailable"],
)
def test_a_failing_leader_fails_every_waiter_with_one_request(
    clock: Clock, error: Exception
) -> None:
    source, minter = _source(clock, hold=(1,), fail={1: error})
    with ThreadPoolExecutor(max_workers=9) as pool:
        callers = [pool.submit(source.get_sync)]
        assert minter.entered[1].wait(BOUND)
        callers += [pool.submit(source.get_sync) for _ in range(8)]
        source.until_waiting(8)
        minter.release(1)
        raised = [_raised(caller) for caller in callers]
    assert {type(e) for e in raised} == {type(error)}
    assert len({id(e) for e in raised}) == 9  # a copy each: tracebacks are not shared
    assert all(e.status_code == error.status_code for e in raised)  # type: ignore[attr-defined]
    assert minter.calls == 1
    assert source.peek() is None


def _raised(future: Future[Token]) -> BaseException:
    error = future.exception(BOUND)
    assert error is not None
    return error


def test_a_stuck_flight_is_replaced_after_the_wait_limit(clock: Clock) -> None:
    source, minter = _source(clock, hold=(1,))
    with ThreadPoolExecutor(max_workers=2) as pool:
        stuck = pool.submit(source.get_sync)
        assert minter.entered[1].wait(BOUND)
        waiter = pool.submit(source.get_sync)
        source.until_waiting(1)
        clock.now += WAIT_LIMIT  # the flight's deadline passes
        assert source.get_sync().value == "tok2"  # presumed stuck: a new mint
        assert waiter.result(BOUND).value == "tok2"  # woken, joined the new state
        minter.release(1)
        assert stuck.result(BOUND).value == "tok1"  # its caller gets its own token ...
    assert source.peek() is not None
    assert source.get_sync().value == "tok2"  # ... which does not replace the newer one
    assert minter.calls == 2


# -- refresh, expiry, forget ------------------------------------------------------------------


def test_token_states_drive_the_fast_path_refresh_and_waits(clock: Clock) -> None:
    source, minter = _source(clock, hold=(2,))
    first = source.get_sync()
    assert source.get_sync() is first
    assert minter.calls == 1
    clock.now = first.refresh_at_monotonic  # REFRESH_DUE: one caller refreshes ...
    assert first.state(clock()) is TokenState.REFRESH_DUE
    with ThreadPoolExecutor(max_workers=2) as pool:
        refresher = pool.submit(source.get_sync)
        assert minter.entered[2].wait(BOUND)
        assert source.get_sync() is first  # ... the others keep using the valid token
        clock.now = first.expires_at_monotonic  # EXPIRED: now they wait for the new one
        waiter = pool.submit(source.get_sync)
        source.until_waiting(1)
        minter.release(2)
        assert refresher.result(BOUND).value == waiter.result(BOUND).value == "tok2"
    assert minter.calls == 2


def test_a_failed_refresh_keeps_the_still_valid_token(clock: Clock) -> None:
    outage = ServiceUnavailableError("down", status_code=503)
    source, minter = _source(clock, fail={2: outage, 3: outage})
    first = source.get_sync()
    clock.now = first.refresh_at_monotonic
    assert source.get_sync() is first  # the refresh failed: use it for its last seconds
    clock.now = first.expires_at_monotonic
    with pytest.raises(ServiceUnavailableError):
        source.get_sync()  # expired: the failure reaches the caller
    assert minter.calls == 3


def test_a_mint_in_progress_is_not_stored_after_forget(clock: Clock) -> None:
    source, minter = _source(clock, hold=(1,))
    with ThreadPoolExecutor(max_workers=1) as pool:
        leader = pool.submit(source.get_sync)
        assert minter.entered[1].wait(BOUND)
        assert source.forget() is None
        minter.release(1)
        assert leader.result(BOUND).value == "tok1"
    assert source.peek() is None
    assert source.get_sync().value == "tok2"


def test_invalidate_drops_only_the_current_token(clock: Clock) -> None:
    source, _ = _source(clock)
    old = source.get_sync()
    source.forget()
    new = source.get_sync()
    assert source.invalidate(old) is False
    assert source.peek() is new
    assert source.invalidate(new) is True
    assert source.peek() is None


@pytest.mark.anyio
async def test_a_sync_call_on_the_loop_thread_mints_alone_instead_of_deadlocking(
    clock: Clock,
) -> None:
    source, minter = _source(clock, hold=(1,))
    leader = asyncio.create_task(source.get_async())
    await asyncio.get_running_loop().run_in_executor(None, minter.entered[1].wait, BOUND)
    assert source.get_sync().value == "tok2"  # blocks the loop: waiting would never end
    minter.release(1)
    assert (await leader).value == "tok1"
    assert minter.calls == 2
