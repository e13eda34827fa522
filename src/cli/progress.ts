/**
 * Progress on stderr: each stage of a run as it ends, with its own time, and how far a long
 * read has come. Quiet for a run that ends within a second (a small workbook prints nothing);
 * once a run passes a second, the stages so far are printed and the rest as they end.
 */
import { type StageProgress, stagePercent } from "../app/stages";
import type { Console } from "./main";

const QUIET_MS = 1000;
/** A read's percentage is printed at each tenth of the sheet (a redrawn line on a terminal). */
const PERCENT_STEP = 10;

export interface StageWords {
  /**
   * What each stage is doing, for example "Reading Controls". Asked when a line is printed, not
   * when the stage starts: the words may follow what the run has learnt since (the language).
   */
  readonly label: (progress: StageProgress) => string;
}

interface Running {
  readonly key: string;
  readonly progress: StageProgress;
  readonly started: number;
  /** The last percentage printed for it. */
  shown: number;
}

export class Progress {
  private readonly started: number;
  private current: Running | null = null;
  /** Stages of a run not yet known to be slow, with their seconds. */
  private held: { progress: StageProgress; seconds: number }[] = [];
  private loud = false;
  /** A percentage line is on screen and the next line must replace it (terminal only). */
  private redraw = false;

  constructor(
    private readonly console: Console,
    private readonly now: () => Date,
    private readonly words: StageWords,
  ) {
    this.started = now().getTime();
  }

  /** The run is at `progress`: a new stage ends the one before; a long read prints its percentage. */
  stage(progress: StageProgress): void {
    // Each sheet read is a stage of its own; the other stages are one each, whatever they report.
    const key = progress.stage === "read" ? `read:${progress.sheet ?? ""}` : progress.stage;
    const at = this.now().getTime();
    if (this.current === null || this.current.key !== key) {
      this.end(at);
      this.current = { key, progress, started: at, shown: 0 };
    }
    this.wake(at);
    const percent = stagePercent(progress);
    if (this.loud && progress.stage === "read" && percent !== null && percent < 100) {
      const step = Math.floor(percent / PERCENT_STEP) * PERCENT_STEP;
      if (step > this.current.shown) {
        this.current.shown = step;
        this.line(`${this.words.label(progress)}… ${step} %`, true);
      }
    }
  }

  /** The last stage ended: print it (if the run was slow). */
  done(): void {
    const at = this.now().getTime();
    this.end(at);
    this.current = null;
    this.wake(at);
    this.held = [];
  }

  private end(at: number): void {
    if (this.current === null) return;
    const ended = { progress: this.current.progress, seconds: (at - this.current.started) / 1000 };
    if (this.loud) this.line(this.ended(ended), false);
    else this.held.push(ended);
  }

  /** Once the run has taken more than QUIET_MS, what was held back is printed. */
  private wake(at: number): void {
    if (this.loud || at - this.started <= QUIET_MS) return;
    this.loud = true;
    for (const ended of this.held) this.line(this.ended(ended), false);
    this.held = [];
  }

  private ended({ progress, seconds }: { progress: StageProgress; seconds: number }): string {
    return `${this.words.label(progress)}: ${seconds.toFixed(1)} s`;
  }

  private line(text: string, transient: boolean): void {
    const tty = this.console.errIsTty === true;
    if (tty && this.redraw) this.console.err(`\u001b[1A\u001b[2K${`itsm-scorecard: ${text}`}`);
    else this.console.err(`itsm-scorecard: ${text}`);
    this.redraw = tty && transient;
  }
}
