package io.netledger.bench;

/** One unit of benchmarked work: a raw insert, or one command sent and awaited. */
@FunctionalInterface
interface Operation {

    void run() throws Exception;
}
