-- Staff's own bookings in the admin UI: taken on the phone, or a walk-in seated at once.
ALTER TYPE "Channel" ADD VALUE 'phone';
ALTER TYPE "Channel" ADD VALUE 'walk_in';
