/* pargimple-options: -O2 -x c++ -std=gnu++98 */
/* EH dispatch lowering (ehdisp) runs concurrently since session 14:
   catch clauses become a switch on the filter value, exception
   specifications a comparison, in each function's own EH tables.  C++,
   compiled as such (-x c++); several functions, so that two threads
   lower different functions at once.  */

struct A { int a; };
struct B : A { int b; };
struct C { double c; };

extern void may_throw (int);
extern int seen (int);

#define FAMILY(K)							\
  int try##K (int x)							\
  {									\
    try									\
      {									\
	may_throw (x + K);						\
      }									\
    catch (B &b)							\
      {									\
	return b.b + K;							\
      }									\
    catch (A &a)							\
      {									\
	return a.a;							\
      }									\
    catch (int i)							\
      {									\
	return seen (i);						\
      }									\
    catch (...)								\
      {									\
	return -K;							\
      }									\
    return 0;								\
  }									\
  void spec##K (int x) throw (int, C)					\
  {									\
    may_throw (x * K);							\
  }									\
  int nested##K (int x)							\
  {									\
    try									\
      {									\
	try								\
	  {								\
	    spec##K (x);						\
	  }								\
	catch (C &c)							\
	  {								\
	    throw K;							\
	  }								\
      }									\
    catch (int i)							\
      {									\
	return i + try##K (x);						\
      }									\
    return 1;								\
  }

FAMILY (1) FAMILY (2) FAMILY (3) FAMILY (4) FAMILY (5) FAMILY (6)
FAMILY (7) FAMILY (8) FAMILY (9) FAMILY (10) FAMILY (11) FAMILY (12)
