/**
 * A bounded number of requests of one kind in progress, a short FIFO queue in front of it and a
 * deadline on the wait. Beyond that a request is shed at once: a fast refusal the client can retry
 * costs almost nothing, where unbounded acceptance grows latency and the heap until the process dies
 * (README "Failure behaviour"). No I/O and no clock of its own but the timer it is given, so its rules
 * are unit-tested without a server.
 */
export interface AdmissionLimits {
  /** Requests of this kind allowed in progress at once. */
  readonly concurrency: number;
  /** Requests allowed to wait for a slot; the next one is shed. */
  readonly queueLength: number;
  /** How long a request may wait in the queue before it is shed. */
  readonly queueTimeoutMs: number;
}

export type Release = () => void;

export interface AdmissionStats {
  readonly inFlight: number;
  readonly queued: number;
  readonly concurrency: number;
  readonly queueLength: number;
  /** Requests shed since the process started. */
  readonly shed: number;
}

interface Waiter {
  readonly admit: (release: Release) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class AdmissionGate {
  private inFlight = 0;
  private shedCount = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  /** A release function once admitted (call it exactly once; later calls do nothing), or 'shed'. */
  acquire(): Promise<Release | 'shed'> {
    if (this.inFlight < this.limits.concurrency) {
      this.inFlight++;
      return Promise.resolve(this.releaser());
    }
    if (this.queue.length >= this.limits.queueLength) return Promise.resolve(this.shed());
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: (release) => resolve(release),
        timer: setTimeout(() => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          resolve(this.shed());
        }, this.limits.queueTimeoutMs),
      };
      this.queue.push(waiter);
    });
  }

  stats(): AdmissionStats {
    return {
      inFlight: this.inFlight,
      queued: this.queue.length,
      concurrency: this.limits.concurrency,
      queueLength: this.limits.queueLength,
      shed: this.shedCount,
    };
  }

  /** More than half the queue is waiting: this process is at its limit. */
  saturated(): boolean {
    return this.queue.length > this.limits.queueLength / 2;
  }

  private shed(): 'shed' {
    this.shedCount++;
    return 'shed';
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) {
        // The slot passes straight to the first waiter: inFlight stays as it is.
        clearTimeout(next.timer);
        next.admit(this.releaser());
      } else {
        this.inFlight--;
      }
    };
  }
}
