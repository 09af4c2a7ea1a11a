package com.redshiftloader.app;

/** Entry point: the GUI without arguments, the command line with them. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.out.println("Redshift Loader");
    }
}
